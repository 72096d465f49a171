import Foundation
import LegisDiff
import LegisDocument
import Testing

/// One test per kind of provision change.
@Suite struct ProvisionKindTests {
    static let law = """
        Chapter 1 General provisions

        Article 1 Purpose
        (1) This law sets out measures to prevent and combat trafficking in human beings.
        (2) It also protects and assists the victims of trafficking.

        Article 2 Definitions
        For the purposes of this law:
        a) victim means any natural person subjected to trafficking;
        b) exploitation means the use of a person for profit;
        c) authority means the national agency against trafficking.

        Article 3 Prevention
        The State shall run awareness campaigns in schools. Public bodies shall train their staff \
        to recognise the signs of trafficking and to refer presumed victims without delay.

        Chapter 2 Protection of victims

        Article 4 Assistance
        Victims shall receive shelter, medical care and legal counselling.

        Article 5 Reflection period
        A reflection period of ninety days shall be granted to every presumed victim.

        Article 6 Residence
        Victims who cooperate with the authorities may receive a residence permit.

        Article 7 Compensation
        Victims are entitled to compensation from the State fund.

        Article 8 Return
        Return to the country of origin shall be voluntary and safe.

        """

    static func compare(_ old: String, _ new: String) -> Redline {
        let redline = DocumentDiff.compare(SampleDocument.make(old), SampleDocument.make(new))
        expectRebuilds(redline.segments, old: old, new: new)
        return redline
    }

    static func replacing(_ text: String, _ target: String, with replacement: String) -> String {
        text.replacingOccurrences(of: target, with: replacement)
    }

    @Test func sameDocumentHasNoChanges() {
        let redline = Self.compare(Self.law, Self.law)
        #expect(redline.provisions.isEmpty)
        #expect(redline.segments == [Segment(op: .equal, text: Self.law)])
        #expect(redline.stats == DiffStats())
    }

    @Test func insertedArticle() {
        let new = Self.replacing(
            Self.law, "Article 8 Return",
            with:
                "Article 7^1 Data protection\nPersonal data of victims shall be kept confidential.\n\nArticle 8 Return")
        let redline = Self.compare(Self.law, new)
        #expect(redline.provisions.map(\.kind) == [.inserted])
        #expect(redline.provisions.first?.newPath == ProvisionPath("art-7^1"))
        #expect(redline.provisions.first?.oldPath == nil)
        #expect(redline.provisions.first?.insertedWords == 12)  // `7^1` is one word
        #expect(redline.stats.deletedWords == 0)
    }

    @Test func repealedLetter() {
        let new = Self.replacing(Self.law, "b) exploitation means the use of a person for profit;\n", with: "")
        let redline = Self.compare(Self.law, new)
        #expect(redline.provisions.map(\.kind) == [.deleted])
        #expect(redline.provisions.first?.oldPath == ProvisionPath("art-2/let-b"))
        #expect(redline.provisions.first?.deletedWords == 10)
    }

    @Test func wholeChapterRenumbered() {
        let inserted = """
            Chapter 2 Identification

            Article 4 Screening
            Labour inspectors shall screen workplaces at risk.

            """
        var new = Self.law
        for n in (4...8).reversed() { new = Self.replacing(new, "Article \(n) ", with: "Article \(n + 1) ") }
        new = Self.replacing(new, "Chapter 2 Protection", with: inserted + "Chapter 3 Protection")
        let redline = Self.compare(Self.law, new)
        let renumbered = redline.provisions.filter { $0.kind == .renumbered }
        #expect(
            renumbered.map(\.oldPath)
                == ["chap-2", "art-4", "art-5", "art-6", "art-7", "art-8"].map { ProvisionPath($0) })
        #expect(
            renumbered.map(\.newPath)
                == ["chap-3", "art-5", "art-6", "art-7", "art-8", "art-9"].map { ProvisionPath($0) })
        // The new chapter and the new article under it each have an entry of their own.
        #expect(
            redline.provisions.filter { $0.kind == .inserted }.map(\.newPath)
                == [ProvisionPath("chap-2"), ProvisionPath("art-4")])
        #expect(!redline.provisions.contains { $0.kind == .deleted || $0.kind == .modified })
    }

    @Test func sentenceMovedToAnotherArticle() {
        let sentence =
            " Public bodies shall train their staff to recognise the signs of trafficking and to refer presumed victims without delay."
        var new = Self.replacing(Self.law, sentence, with: "")
        new = Self.replacing(
            new, "Return to the country of origin shall be voluntary and safe.",
            with: "Return to the country of origin shall be voluntary and safe." + sentence)
        let redline = Self.compare(Self.law, new)
        let moved = redline.provisions.filter { $0.kind == .moved }
        #expect(moved.count == 1)
        #expect(moved.first?.oldPath == ProvisionPath("art-3"))
        #expect(moved.first?.newPath == ProvisionPath("art-8"))
        #expect(moved.first?.movedText?.hasPrefix("Public bodies shall train") == true)
        #expect((moved.first?.insertedWords ?? 0) >= 8)
        let modified = redline.provisions.filter { $0.kind == .modified }.compactMap(\.newPath)
        #expect(modified == [ProvisionPath("art-3"), ProvisionPath("art-8")])
    }

    @Test func rewordedParagraphIsModified() {
        let new = Self.replacing(
            Self.law, "It also protects and assists the victims of trafficking.",
            with: "It also protects, assists and compensates the victims of trafficking.")
        let redline = Self.compare(Self.law, new)
        #expect(redline.provisions.map(\.kind) == [.modified])
        #expect(redline.provisions.first?.oldPath == ProvisionPath("art-1/par-2"))
        #expect(redline.provisions.first?.newPath == ProvisionPath("art-1/par-2"))
        // protects[- and-]{+,+} assists {+and compensates +}the victims: a comma is a word.
        #expect(redline.stats == DiffStats(insertedWords: 3, deletedWords: 1))
    }

    @Test func rewrapOnlyIsUnchanged() {
        let new = Self.replacing(
            Self.law, "The State shall run awareness campaigns in schools. Public bodies",
            with: "The State shall run awareness\ncampaigns in schools.\nPublic bodies")
        let redline = Self.compare(Self.law, new)
        #expect(redline.segments.count > 1)
        #expect(redline.provisions.isEmpty)
        #expect(redline.stats == DiffStats())
    }

    @Test func articlesSwappedAreMoved() {
        let article6 =
            "Article 6 Residence\nVictims who cooperate with the authorities may receive a residence permit.\n\n"
        var new = Self.replacing(Self.law, article6, with: "")
        new = Self.replacing(new, "Article 4 Assistance", with: article6 + "Article 4 Assistance")
        let redline = Self.compare(Self.law, new)
        #expect(redline.provisions.map(\.kind) == [.moved])
        #expect(redline.provisions.first?.oldPath == ProvisionPath("art-6"))
        #expect(redline.provisions.first?.newPath == ProvisionPath("art-6"))
    }
}
