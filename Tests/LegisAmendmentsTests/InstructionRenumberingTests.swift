import Foundation
import LegisAmendments
import LegisDocument
import Testing

@Suite("Amending instructions that renumber")
struct InstructionRenumberingTests {
    /// Three articles; a new article 2 goes in, and the old article 2 changes one word.
    static func licensing(_ marker: String) -> (old: String, new: String) {
        let old = """
            # Agencies Act

            ### \(marker) 1 — Scope

            (1) This Act applies to recruitment agencies.

            ### \(marker) 2 — Licensing

            (1) An agency needs a licence.

            (2) The licence lasts five years.

            ### \(marker) 3 — Fees

            (1) Agencies shall not charge workers any fee.

            """
        let new =
            old
            .replacingOccurrences(of: "\(marker) 3 — Fees", with: "\(marker) 4 — Fees")
            .replacingOccurrences(of: "\(marker) 2 — Licensing", with: "\(marker) 3 — Licensing")
            .replacingOccurrences(of: "five years", with: "four years")
            .replacingOccurrences(
                of: "### \(marker) 3 — Licensing",
                with:
                    "### \(marker) 2 — Definitions\n\n(1) In this Act, an agency is a business that places workers.\n\n### \(marker) 3 — Licensing"
            )
        return (old, new)
    }

    @Test(arguments: [
        (
            "en", "Article",
            [
                "1. In Article 2, paragraph 2, the words ‘five’ are replaced by ‘four’.",
                "2. Articles 2 and 3 are renumbered as Articles 3 and 4.",
                "3. After Article 1, the following Article 2 is inserted:",
            ]
        ),
        (
            "ro", "Articolul",
            [
                "1. La articolul 2, alineatul (2), sintagma „five” se înlocuiește cu sintagma „four”.",
                "2. Articolele 2 și 3 devin articolele 3 și 4.",
                "3. După articolul 1 se introduce un nou articol, articolul 2, cu următorul cuprins:",
            ]
        ),
        (
            "de", "§",
            [
                "1. In § 2 Absatz 2 werden die Wörter „five“ durch die Wörter „four“ ersetzt.",
                "2. Die bisherigen §§ 2 und 3 werden die §§ 3 und 4.", "3. Nach § 1 wird folgender § 2 eingefügt:",
            ]
        ),
        ("de", "Artikel", ["2. Die bisherigen Artikel 2 und 3 werden die Artikel 3 und 4."]),
    ])
    func anArticleInsertedInTheMiddleRenumbersTheRest(language: String, marker: String, expected: [String]) throws {
        let (old, new) = Self.licensing(marker)
        let (text, result) = try InstructionTests.roundTrip(old, new, language: language)
        for sentence in expected { #expect(text.contains(sentence), "\(language):\n\(text)") }
        let replaced = ["is replaced by the following", "se modifică și va avea", "wird wie folgt gefasst"]
        #expect(!replaced.contains { text.contains($0) }, "no provision is replaced whole:\n\(text)")
        #expect(text.split(separator: "\n").filter { $0.first?.isNumber == true }.count == 3)
        #expect(words(result) == words(new))
    }

    @Test(arguments: InstructionTests.languages)
    func randomInsertionsAndRepealsThatRenumberRoundTrip(language: String) throws {
        var random = SeededGenerator(seed: 29 + UInt64(language.utf8.first ?? 0))
        var renumbered = 0
        for round in 0..<40 {
            var articles = Law.base.components(separatedBy: "### Article ").dropFirst().map { "### Article " + $0 }
            let opening = Law.base.components(separatedBy: "### Article ").first ?? ""
            let at = Int.random(in: 0..<articles.count, using: &random)
            if Bool.random(using: &random) {
                articles.insert("### Article 0 — New \(round)\n\n(1) Added text number \(round).\n\n", at: at)
            } else {
                articles.remove(at: at)
            }
            if Bool.random(using: &random), let index = articles.indices.randomElement(using: &random) {
                articles[index] = articles[index].replacingOccurrences(of: "(1) ", with: "(1) Where needed, ")
            }
            // Number the articles again in order.
            for index in articles.indices {
                let rest = articles[index].drop { $0 != " " }.dropFirst().drop { $0 != " " }
                articles[index] = "### Article \(index + 1)" + rest
            }
            let new = opening + articles.joined()
            let (text, result) = try InstructionTests.roundTrip(Law.base, new, language: language)
            #expect(words(result) == words(new), "round \(round) in \(language):\n\(text)")
            let formulas = [" becomes ", " renumbered as ", " devine ", " devin ", " bisherige ", " bisherigen "]
            if formulas.contains(where: text.contains) { renumbered += 1 }
        }
        #expect(renumbered >= 20)
    }

    @Test func paragraphsAreRenumberedInsideTheirArticle() throws {
        let (old, _) = Self.licensing("Article")
        let inserted = old.replacingOccurrences(
            of: "(2) The licence lasts five years.",
            with: "(2) The licence is personal.\n\n(3) The licence lasts five years.")
        let (text, result) = try InstructionTests.roundTrip(old, inserted, language: "en")
        #expect(
            text.hasPrefix(
                "1. Article 2, paragraph 2 becomes paragraph 3.\n2. After Article 2, paragraph 1, the following paragraph 2 is inserted:"
            ))
        #expect(words(result) == words(inserted))
        let removed = old.replacingOccurrences(of: "(1) An agency needs a licence.\n\n(2)", with: "(1)")
        let (ro, roResult) = try InstructionTests.roundTrip(old, removed, language: "ro")
        #expect(ro == "1. Articolul 2, alineatul (1) se abrogă.\n2. Articolul 2, alineatul (2) devine alineatul (1).\n")
        #expect(words(roResult) == words(removed))
    }

    @Test func anArticleRepealedMovesTheNextOnesDown() throws {
        let (old, _) = Self.licensing("§")
        let new = old.replacingOccurrences(
            of: "### § 2 — Licensing\n\n(1) An agency needs a licence.\n\n(2) The licence lasts five years.\n\n",
            with: ""
        ).replacingOccurrences(of: "§ 3 — Fees", with: "§ 2 — Fees")
        let (text, result) = try InstructionTests.roundTrip(old, new, language: "de")
        #expect(text == "1. § 2 wird aufgehoben.\n2. Der bisherige § 3 wird § 2.\n")
        #expect(words(result) == words(new))
    }

    @Test func theWordingNamesTheProvisionAndItsNewNumber() throws {
        let (old, new) = Self.licensing("Article")
        let before = try Document.parse(old, language: "en")
        let after = try Document.parse(new, language: "en")
        let wordings = AmendingInstructions.wordings(old: before, new: after, language: "de")
        let renumbering = try #require(wordings.first { if case .renumberAll = $0.instruction { true } else { false } })
        #expect(
            renumbering.parts == [
                .text("Die bisherigen Artikel "), .reference(ProvisionPath("art-2"), "2"), .text(" und "),
                .reference(ProvisionPath("art-3"), "3"), .text(" werden die Artikel "),
                .newProvision(ProvisionPath("art-3"), "3"), .text(" und "), .newProvision(ProvisionPath("art-4"), "4"),
                .text("."),
            ])
        let removed = Self.licensing("Article").old.replacingOccurrences(
            of: "(1) An agency needs a licence.\n\n(2)", with: "(1)")
        let single = try #require(
            AmendingInstructions.wordings(old: before, new: try Document.parse(removed, language: "en"), language: "de")
                .last)
        #expect(
            single.parts == [
                .text("Der bisherige "), .reference(ProvisionPath("art-2/par-2"), "Artikel 2 Absatz 2"),
                .text(" wird "),
                .newProvision(ProvisionPath("art-2/par-1"), "Absatz 1"), .text("."),
            ])
    }

    @Test func renumberingAProvisionThatIsNotThereIsRefusedWithItsLine() throws {
        let old = try Document.parse(Self.licensing("Article").old, language: "en")
        do {
            _ = try AmendingInstructions.apply(
                "1. Article 3 is deleted.\n2. Article 9 becomes Article 10.\n", to: old, language: "en")
            Issue.record("renumbering a missing article was accepted")
        } catch {
            #expect(error.line == 2)
            #expect(error.message.contains("Article 9 is not a provision"))
        }
        do {
            _ = try AmendingInstructions.apply("1. Articolul 2 devine articolul 3.\n", to: old, language: "ro")
            Issue.record("two articles 3 at once were accepted")
        } catch {
            #expect(error.line == 1)
            #expect(error.message.contains("already exists"))
        }
        #expect(throws: InstructionError.self) {
            try AmendingInstructions.apply("1. Article 2 becomes paragraph 3.\n", to: old, language: "en")
        }
        do {
            _ = try AmendingInstructions.apply(
                "1. § 1 wird aufgehoben.\n2. Die bisherigen §§ 2 und 7 werden die §§ 1 und 2.\n", to: old,
                language: "de")
            Issue.record("renumbering a missing article in a list was accepted")
        } catch {
            #expect(error.line == 2)
            #expect(error.message.contains("7 is not a provision"))
        }
        #expect(throws: InstructionError.self) {
            try AmendingInstructions.apply(
                "1. Articles 2 and 3 are renumbered as Articles 4.\n", to: old, language: "en")
        }
        #expect(throws: InstructionError.self) {
            try AmendingInstructions.apply(
                "1. Article 3 is deleted.\n2. Article 3 becomes Article 4.\n", to: old, language: "en")
        }
    }

    @Test func aHandWrittenRenumberingIsCarriedOutInOrder() throws {
        let (old, _) = Self.licensing("Article")
        let document = try Document.parse(old, language: "en")
        let instructions = """
            1. Article 3 becomes Article 5.
            2. Article 2 becomes Article 4.
            3. In Article 4, paragraph 2, the words ‘five’ are replaced by ‘ten’.
            4. Articles 1, 4 and 5 are renumbered as Articles 2, 3 and 4.
            """
        let result = try AmendingInstructions.apply(instructions, to: document, language: "en")
        #expect(result.contains("### Article 2 — Scope"))
        #expect(result.contains("### Article 3 — Licensing"))
        #expect(result.contains("### Article 4 — Fees"))
        #expect(result.contains("lasts ten years"))
    }
}
