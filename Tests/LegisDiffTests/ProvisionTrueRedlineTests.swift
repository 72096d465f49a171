import Foundation
import LegisDiff
import LegisDocument
import Testing

/// Redlines that never hide a change: equal text stays within one provision, moves are reported
/// with both paths, moved provisions keep their word changes, and new provisions under a new
/// heading each have an entry. Synthetic texts written for these tests.
@Suite struct ProvisionTrueRedlineTests {
    static func compare(_ old: String, _ new: String, language: String = "en") throws -> Redline {
        let redline = DocumentDiff.compare(
            try Document.parse(old, language: language), try Document.parse(new, language: language))
        expectRebuilds(redline.segments, old: old, new: new)
        return redline
    }

    static func entries(_ redline: Redline, _ kind: ProvisionChange.Kind) -> [String] {
        redline.provisions.filter { $0.kind == kind && $0.movedText == nil }.map {
            "\($0.oldPath?.description ?? "-")>\($0.newPath?.description ?? "-")"
        }
    }

    static let asylumBefore = """
        # Basic Law

        ## Article 16

        (1) German citizenship may not be withdrawn.

        (2) No citizen may be extradited. Politically persecuted persons enjoy the right of asylum.

        ## Article 17

        Every person shall have the right to address written requests to the authorities.

        """

    static let asylumAfter = """
        # Basic Law

        ## Article 16

        (1) German citizenship may not be withdrawn.

        (2) No citizen may be extradited.

        ## Article 16a

        (1) Politically persecuted persons enjoy the right of asylum.

        (2) Paragraph (1) may not be invoked by a person entering from a safe third country.

        (3) The Federal Parliament may by law specify states of origin.

        (4) Enforcement of measures shall be suspended by a court only where serious doubts exist.

        (5) Paragraphs (1) to (4) shall not preclude international agreements.

        ## Article 17

        Every person shall have the right to address written requests to the authorities.

        """

    @Test func sentenceMovedIntoAnAdjacentInsertedArticle() throws {
        let redline = try Self.compare(Self.asylumBefore, Self.asylumAfter)
        // The old article's paragraph lost a sentence: it is modified.
        #expect(Self.entries(redline, .modified) == ["art-16/par-2>art-16/par-2"])
        let modified = try #require(redline.provisions.first { $0.kind == .modified })
        #expect(modified.deletedWords == 8)
        // The sentence is reported moved, with both paths.
        let moved = redline.provisions.filter { $0.movedText != nil }
        #expect(moved.count == 1)
        #expect(moved.first?.oldPath == ProvisionPath("art-16/par-2"))
        #expect(moved.first?.newPath == ProvisionPath("art-16a/par-1"))
        #expect(moved.first?.movedText == "Politically persecuted persons enjoy the right of asylum")
        // The new article and each of its paragraphs are inserted.
        #expect(
            Self.entries(redline, .inserted)
                == ["->art-16a"] + (1...5).map { "->art-16a/par-\($0)" })
        // Nothing that changed is unmarked: no equal text holds the moved sentence, and the whole
        // new article is inserted.
        #expect(!redline.segments.contains { $0.op == .equal && $0.text.contains("Politically") })
        #expect(redline.segments.contains { $0.op == .delete && $0.text.contains("Politically") })
        let insertions = redline.segments.split { $0.op != .insert }.map { $0.map(\.text).joined() }
        #expect(insertions.contains { $0.contains("## Article 16a\n\n(1) Politically") })
        // The moved sentence is cut out of the insertion and carries its move.
        #expect(redline.segments.contains { $0.op == .insert && $0.move != nil && $0.text.hasPrefix("Politically") })
    }

    @Test func sentenceMovedBetweenDistantExistingArticles() throws {
        var before = ""
        var after = ""
        let sentence = " The register shall be open to the public free of charge."
        for n in 1...12 {
            let body = "Article \(n)\n\nThe authority shall keep record number \(n) of every licence it grants."
            before += body + (n == 2 ? sentence : "") + "\n\n"
            after += body + (n == 11 ? sentence : "") + "\n\n"
        }
        let redline = try Self.compare(before, after)
        #expect(Self.entries(redline, .modified) == ["art-2>art-2", "art-11>art-11"])
        let moved = redline.provisions.filter { $0.movedText != nil }
        #expect(moved.map(\.oldPath) == [ProvisionPath("art-2")])
        #expect(moved.map(\.newPath) == [ProvisionPath("art-11")])
        #expect(!redline.segments.contains { $0.op == .equal && $0.text.contains("register") })
    }

    @Test func paragraphsOnConsecutiveLinesAreProvisions() throws {
        let before = """
            Article 1
            (1) The first paragraph says one thing.
            (2) The second paragraph says another thing.
            (3) The third paragraph closes.

            """
        let after = before.replacingOccurrences(of: "another thing", with: "a different thing")
        let redline = try Self.compare(before, after)
        #expect(Self.entries(redline, .modified) == ["art-1/par-2>art-1/par-2"])
        #expect(redline.provisions.count == 1)
    }

    static let licensing = """
        ## Article 3 Scope

        (1) This law applies to every agency that places workers.

        ## Article 4 Licensing

        (1) An agency needs a licence from the labour inspectorate.

        (2) A licence is valid for five years and may be renewed.

        ## Article 5 Fees

        (1) Agencies shall not charge workers any fee for placement.

        (2) A fee charged in breach of paragraph (1) shall be repaid twice over.

        ## Article 6 Penalties

        (1) Breaches of this law are punished with a fine.

        """

    @Test func provisionMovedAndEditedIsOneEntry() throws {
        // Articles 4 and 5 swap places (each keeps its number), and "five" becomes "four".
        let fees = """
            ## Article 5 Fees

            (1) Agencies shall not charge workers any fee for placement.

            (2) A fee charged in breach of paragraph (1) shall be repaid twice over.

            """
        let licence = """
            ## Article 4 Licensing

            (1) An agency needs a licence from the labour inspectorate.

            (2) A licence is valid for four years and may be renewed.

            """
        let before = Self.licensing
        let start = try #require(before.range(of: "## Article 4 Licensing"))
        let end = try #require(before.range(of: "## Article 6"))
        let after = before.replacingCharacters(in: start.lowerBound..<end.lowerBound, with: fees + licence)
        let redline = try Self.compare(before, after)
        #expect(Self.entries(redline, .deleted).isEmpty)
        #expect(Self.entries(redline, .inserted).isEmpty)
        let moved = redline.provisions.filter { $0.kind == .moved && $0.movedText == nil }
        #expect(moved.count == 1)
        #expect(moved.first?.oldPath == ProvisionPath("art-4"))
        #expect(moved.first?.newPath == ProvisionPath("art-4"))
        #expect(moved.first?.insertedWords == 1)
        #expect(moved.first?.deletedWords == 1)
    }

    @Test func renumberedAndEditedIsOneEntry() throws {
        // A new Article 4 comes in; Licensing becomes Article 5 and "five" becomes "four".
        var after = Self.licensing.replacingOccurrences(of: "Article 6", with: "Article 7")
        after = after.replacingOccurrences(of: "Article 5", with: "Article 6")
        after = after.replacingOccurrences(of: "Article 4 Licensing", with: "Article 5 Licensing")
        after = after.replacingOccurrences(of: "valid for five years", with: "valid for four years")
        after = after.replacingOccurrences(
            of: "## Article 5 Licensing",
            with: "## Article 4 Register\n\n(1) The inspectorate keeps a public register of agencies.\n\n## Article 5 Licensing")
        let redline = try Self.compare(Self.licensing, after)
        #expect(Self.entries(redline, .deleted).isEmpty)
        let renumbered = redline.provisions.filter { $0.kind == .renumbered }
        #expect(renumbered.map(\.oldPath) == ["art-4", "art-5", "art-6"].map { ProvisionPath($0) })
        #expect(renumbered.map(\.newPath) == ["art-5", "art-6", "art-7"].map { ProvisionPath($0) })
        #expect(Self.entries(redline, .inserted) == ["->art-4", "->art-4/par-1"])
        // The edit is within Licensing's paragraph (2), reported from where it was to where it
        // is now, with its one word.
        #expect(Self.entries(redline, .modified) == ["art-4/par-2>art-5/par-2"])
        let edit = try #require(redline.provisions.first { $0.kind == .modified })
        #expect(edit.insertedWords == 1 && edit.deletedWords == 1)
    }

    @Test func newProvisionsUnderANewHeadingEachHaveAnEntry() throws {
        let before = """
            CAPITOLUL I
            Dispoziții generale

            Art. 1. - Prezenta lege reglementează activitatea agențiilor.

            Art. 2. - Agențiile sunt autorizate de inspectorat.

            Art. 3. - (1) Autorizația este valabilă cinci ani.
            (2) Autorizația se reînnoiește la cerere.

            """
        let after = """
            CAPITOLUL I
            Dispoziții generale

            Art. 1. - Prezenta lege reglementează activitatea agențiilor.

            Art. 2. - Agențiile sunt autorizate de inspectorat.

            CAPITOLUL II
            Autorizarea

            Art. 3. - (1) Autorizația este valabilă cinci ani.
            (2) Autorizația se reînnoiește la cerere.

            Art. 3^1. - (1) Inspectoratul ține un registru public.
            (2) Registrul se publică pe pagina de internet.

            """
        let redline = try Self.compare(before, after, language: "ro")
        #expect(
            Self.entries(redline, .inserted) == ["->chap-II", "->art-3^1", "->art-3^1/par-1", "->art-3^1/par-2"])
        // The old Art. 3 is unchanged: no entry, and its text is equal on both sides.
        #expect(!redline.provisions.contains { $0.oldPath?.description.hasPrefix("art-3") == true })
        #expect(redline.segments.contains { $0.op == .equal && $0.text.contains("valabilă cinci ani") })
    }

    @Test func unchangedParagraphBeforeANewOneStaysPaired() throws {
        // The German Civil Code's § 286: a new paragraph (5) after an unchanged (4), with the
        // official note that follows the last paragraph moving along.
        let note = "[^1]: Amtlicher Hinweis: Diese Vorschrift dient der Umsetzung der Richtlinie 2000/35/EG.\n\n"
        let head = """
            ##### § 286 Verzug des Schuldners

            (1) Leistet der Schuldner auf eine Mahnung des Gläubigers nicht, so kommt er in Verzug.

            (4) Der Schuldner kommt nicht in Verzug, solange die Leistung infolge eines Umstands
            unterbleibt, den er nicht zu vertreten hat.


            """
        let tail = "##### § 287 Verantwortlichkeit während des Verzugs\n\nDer Schuldner hat jede Fahrlässigkeit zu vertreten.\n"
        let five = "(5) Für eine von den Absätzen 1 bis 3 abweichende Vereinbarung gilt § 271a entsprechend.\n\n"
        let redline = try Self.compare(head + note + tail, head + five + note + tail, language: "de")
        #expect(!redline.provisions.contains { $0.newPath == ProvisionPath("art-286/par-4") && $0.kind == .inserted })
        #expect(!redline.provisions.contains { $0.kind == .modified && $0.oldPath != $0.newPath })
        #expect(Self.entries(redline, .inserted) == ["->art-286/par-5"])
        // Every provision reported changed has changed words or a changed number.
        for change in redline.provisions {
            let renumbered = change.oldPath != nil && change.newPath != nil && change.oldPath != change.newPath
            #expect(change.insertedWords + change.deletedWords > 0 || renumbered, "\(change)")
        }
    }

    @Test func punctuationAloneIsAChangedWord() throws {
        let before = "Article 1\n\n(1) Payments shall be refunded at once.\n\n(2) Nothing else.\n"
        let after = "Article 1\n\n(1) Payments shall be refunded at once,\n\n(2) Nothing else.\n"
        let redline = try Self.compare(before, after)
        #expect(redline.provisions.count == 1)
        #expect(redline.provisions.first?.insertedWords == 1)
        #expect(redline.provisions.first?.deletedWords == 1)
    }

    @Test func headingLevelAloneIsNoChange() throws {
        let before = "##### § 611 Pflichten\n\nDer Dienstvertrag verpflichtet.\n"
        let after = "###### § 611 Pflichten\n\nDer Dienstvertrag verpflichtet.\n"
        let redline = try Self.compare(before, after, language: "de")
        #expect(redline.provisions.isEmpty)
        #expect(redline.stats == DiffStats())
    }
}
