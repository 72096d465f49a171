import Foundation
import LegisAmendments
import LegisDocument
import Testing

@Suite("Amending instructions")
struct InstructionTests {
    static let languages = ["en", "ro", "de"]

    /// Generates, renders, reads back and carries out the instructions from `old` to `new`.
    static func roundTrip(_ old: String, _ new: String, language: String) throws -> (instructions: String, result: String) {
        let before = try Document.parse(old)
        let after = try Document.parse(new, language: before.language)
        let text = AmendingInstructions.generate(old: before, new: after, language: language)
        let result = try AmendingInstructions.apply(text, to: before, language: language)
        return (text, result)
    }

    @Test(arguments: languages)
    func everySuccessiveDraftPairRoundTrips(language: String) throws {
        let pairs = try Texts.successivePairs()
        #expect(pairs.count >= 8)
        for pair in pairs {
            let (instructions, result) = try Self.roundTrip(pair.old, pair.new, language: language)
            #expect(words(result) == words(pair.new), "\(pair.name) in \(language)")
            #expect(!instructions.isEmpty)
        }
    }

    @Test func smallChangesUseTheStandardFormulas() throws {
        let new = Law.base
            .replacingOccurrences(of: "three years and may", with: "five years and may")
            .replacingOccurrences(of: "### Article 3 — Fees\n\n(1) Agencies shall not charge workers any fee.\n\n", with: "")
            .replacingOccurrences(
                of: "### Article 4", with: "### Article 2a — Appeals\n\n(1) Refusals may be appealed.\n\n### Article 4")
        let old = try Document.parse(Law.base, language: "en")
        let after = try Document.parse(new, language: "en")
        let en = AmendingInstructions.generate(old: old, new: after, language: "en")
        #expect(en.contains("In Article 2, paragraph 2, the words ‘three’ are replaced by ‘five’."))
        #expect(en.contains("Article 3 is deleted."))
        #expect(en.contains("After Article 3, the following Article 2a is inserted:") || en.contains("the following Article 2a is inserted:"))
        let ro = AmendingInstructions.generate(old: old, new: after, language: "ro")
        #expect(ro.contains("La articolul 2, alineatul (2), sintagma „three” se înlocuiește cu sintagma „five”."))
        #expect(ro.contains("Articolul 3 se abrogă."))
        #expect(ro.contains("se introduce un nou articol, articolul 2a, cu următorul cuprins:"))
        let de = AmendingInstructions.generate(old: old, new: after, language: "de")
        #expect(de.contains("In Artikel 2 Absatz 2 werden die Wörter „three“ durch die Wörter „five“ ersetzt."))
        #expect(de.contains("Artikel 3 wird aufgehoben."))
        for language in Self.languages {
            let text = AmendingInstructions.generate(old: old, new: after, language: language)
            #expect(words(try AmendingInstructions.apply(text, to: old, language: language)) == words(new))
        }
    }

    @Test func aMostlyRewrittenProvisionIsReplacedWhole() throws {
        let new = Law.base.replacingOccurrences(
            of: "(1) No agency may recruit workers without a licence issued by the Agency.",
            with: "(1) Recruiting requires prior written authorisation from the Minister.")
        let (text, result) = try Self.roundTrip(Law.base, new, language: "ro")
        #expect(text.contains("La articolul 2, alineatul (1) se modifică și va avea următorul cuprins:") == false)
        #expect(text.contains("Articolul 2, alineatul (1) se modifică și va avea următorul cuprins:"))
        #expect(words(result) == words(new))
    }

    @Test func germanSectionsAreNamedWithTheParagraphSign() throws {
        let old = "# Gesetz\n\n##### § 1 Zweck\n\n(1) Dieses Gesetz regelt die Vermittlung.\n\n(2) Es gilt für alle Agenturen im Inland.\n\n"
        let new = old.replacingOccurrences(of: "alle Agenturen", with: "private Agenturen")
        let (text, result) = try Self.roundTrip(old, new, language: "de")
        #expect(text.contains("In § 1 Absatz 2 werden die Wörter „alle“ durch die Wörter „private“ ersetzt.") || text.contains("In § 1 Absatz 2 werden die Wörter"))
        #expect(words(result) == words(new))
    }

    @Test(arguments: languages)
    func randomEditsRoundTrip(language: String) throws {
        var random = SeededGenerator(seed: 11 + UInt64(language.utf8.first ?? 0))
        let vocabulary = ["licence", "agency", "worker", "shall", "fee", "registry", "ten", "days", "Minister", "(see", "annex)"]
        for round in 0..<60 {
            var lines = Law.base.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            for _ in 0..<Int.random(in: 1...4, using: &random) {
                let index = Int.random(in: 0..<lines.count, using: &random)
                switch Int.random(in: 0..<5, using: &random) {
                case 0:  // replace a word in a text line
                    guard lines[index].hasPrefix("("), let word = vocabulary.randomElement(using: &random) else { continue }
                    var parts = lines[index].split(separator: " ").map(String.init)
                    if parts.count > 2 { parts[Int.random(in: 1..<parts.count, using: &random)] = word }
                    lines[index] = parts.joined(separator: " ")
                case 1:  // insert words
                    guard lines[index].hasPrefix("("), let word = vocabulary.randomElement(using: &random) else { continue }
                    lines[index] += " " + word
                case 2:  // delete a paragraph line
                    if lines[index].hasPrefix("(") { lines.remove(at: index) }
                case 3:  // a new paragraph after a paragraph
                    if lines[index].hasPrefix("(1)") {
                        lines.insert("(1a) The \(vocabulary.randomElement(using: &random) ?? "x") is new.", at: index + 1)
                    }
                default:  // a new article before an article
                    if lines[index].hasPrefix("### Article") {
                        lines.insert(contentsOf: ["### Article \(round)b — New", "", "(1) Added text.", ""], at: index)
                    }
                }
            }
            let new = lines.joined(separator: "\n")
            guard words(new) != words(Law.base) else { continue }
            let (text, result) = try Self.roundTrip(Law.base, new, language: language)
            #expect(words(result) == words(new), "round \(round) in \(language):\n\(text)")
        }
    }

    @Test func garbageIsRefusedWithItsLine() throws {
        let old = try Document.parse(Law.base, language: "en")
        #expect(throws: InstructionError.self) { try AmendingInstructions.apply("hello world", to: old, language: "en") }
        do {
            _ = try AmendingInstructions.apply("1. Article 3 is deleted.\n2. Make it better.\n", to: old, language: "en")
            Issue.record("garbage was accepted")
        } catch {
            #expect(error.line == 2)
            #expect(error.message.contains("not one of the en formulas"))
        }
    }

    @Test func aMissingProvisionIsRefusedAndNothingApplied() throws {
        let old = try Document.parse(Law.base, language: "en")
        do {
            _ = try AmendingInstructions.apply("1. Articolul 3 se abrogă.\n2. Articolul 12 se abrogă.\n", to: old, language: "ro")
            Issue.record("a missing provision was accepted")
        } catch {
            #expect(error.line == 2)
            #expect(error.message.contains("articolul 12 is not a provision"))
        }
    }

    @Test func wordsThatAreMissingOrAmbiguousAreRefused() throws {
        let old = try Document.parse(Law.base, language: "en")
        #expect(throws: InstructionError.self) {
            try AmendingInstructions.apply(
                "1. In Article 2, paragraph 2, the words ‘ten years’ are replaced by ‘two years’.", to: old, language: "en")
        }
        #expect(throws: InstructionError.self) {
            try AmendingInstructions.apply("1. In Article 1, paragraph 1, the words ‘the’ are deleted.", to: old, language: "en")
        }
        #expect(throws: InstructionError.self) {
            try AmendingInstructions.apply("1. Article 2 is replaced by the following:\n", to: old, language: "en")
        }
        #expect(throws: InstructionError.self) {
            try AmendingInstructions.apply("1. Article 2 is deleted.\n2. Article 2 is deleted.\n", to: old, language: "en")
        }
    }
}
