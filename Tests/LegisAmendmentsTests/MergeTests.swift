import Foundation
import LegisAmendments
import LegisDocument
import Testing

/// A short law in English, with articles, paragraphs and letters.
enum Law {
    static let base = """
        # Law on Recruitment

        ### Article 1 — Subject

        (1) This law lays down the rules for the licensing of recruitment agencies.
        (2) It applies to agencies that recruit workers for employers abroad.

        ### Article 2 — Licences

        (1) No agency may recruit workers without a licence issued by the Agency.
        (2) The licence is valid for three years and may be renewed once.

        ### Article 3 — Fees

        (1) Agencies shall not charge workers any fee.

        ### Article 4 — Registry

        (1) The Agency keeps a public registry of licensed agencies.

        """

    static func parse(_ text: String) throws -> Document { try Document.parse(text, language: "en") }

    static func merge(base: String = base, current: String, proposed: String) throws -> MergeOutcome {
        ProvisionMerge.merge(base: try parse(base), current: try parse(current), proposed: try parse(proposed))
    }
}

@Suite("Provision merge")
struct MergeTests {
    @Test func aProvisionChangedOnlyByTheProposalIsTakenAndOneChangedOnlyInTheDocumentKept() throws {
        let current = Law.base.replacingOccurrences(of: "any fee.", with: "any fee or deposit.")
        let proposed = Law.base.replacingOccurrences(of: "three years", with: "five years")
        let outcome = try Law.merge(current: current, proposed: proposed)
        #expect(outcome.isClean)
        #expect(outcome.text == current.replacingOccurrences(of: "three years", with: "five years"))
        #expect(outcome.taken == ["art-2/par-2"])
    }

    @Test func differentWordsOfOneProvisionMergeWordByWord() throws {
        let current = Law.base.replacingOccurrences(of: "three years", with: "two years")
        let proposed = Law.base.replacingOccurrences(of: "renewed once", with: "renewed twice")
        let outcome = try Law.merge(current: current, proposed: proposed)
        #expect(outcome.isClean)
        #expect(outcome.text.contains("(2) The licence is valid for two years and may be renewed twice."))
    }

    @Test func overlappingChangesAreAConflictWithTheThreeTexts() throws {
        let current = Law.base.replacingOccurrences(of: "three years", with: "two years")
        let proposed = Law.base.replacingOccurrences(of: "three years", with: "five years")
        let outcome = try Law.merge(current: current, proposed: proposed)
        #expect(!outcome.isClean)
        let conflict = try #require(outcome.conflicts.first)
        #expect(outcome.conflicts.count == 1)
        #expect(conflict.path == "art-2/par-2")
        #expect(conflict.base?.contains("three years") == true)
        #expect(conflict.current?.contains("two years") == true)
        #expect(conflict.proposed?.contains("five years") == true)
    }

    @Test func identicalChangesOnBothSidesAreOneChange() throws {
        let both = Law.base.replacingOccurrences(of: "three years", with: "two years")
        let outcome = try Law.merge(current: both, proposed: both)
        #expect(outcome.isClean)
        #expect(outcome.text == both)
    }

    @Test func aProposalStillAppliesAfterTheDocumentRenumberedTheArticle() throws {
        // The document inserted a new Article 2 since, so licences are now Article 3.
        let current = Law.base
            .replacingOccurrences(of: "### Article 4 — Registry", with: "### Article 5 — Registry")
            .replacingOccurrences(of: "### Article 3 — Fees", with: "### Article 4 — Fees")
            .replacingOccurrences(of: "### Article 2 — Licences", with: """
                ### Article 2 — Definitions

                (1) An agency is any person who recruits workers for another.

                ### Article 3 — Licences
                """)
        let proposed = Law.base.replacingOccurrences(of: "three years", with: "five years")
        let outcome = try Law.merge(current: current, proposed: proposed)
        #expect(outcome.isClean)
        #expect(outcome.text == current.replacingOccurrences(of: "three years", with: "five years"))
    }

    @Test func aProposalStillAppliesAfterTheDocumentMovedTheArticle() throws {
        let fees = "### Article 3 — Fees\n\n(1) Agencies shall not charge workers any fee.\n\n"
        let moved = Law.base.replacingOccurrences(of: fees, with: "") + fees
        let proposed = Law.base.replacingOccurrences(of: "any fee.", with: "any fee, directly or indirectly.")
        let outcome = try Law.merge(current: moved, proposed: proposed)
        #expect(outcome.isClean)
        #expect(outcome.text == moved.replacingOccurrences(of: "any fee.", with: "any fee, directly or indirectly."))
    }

    @Test func anInsertedArticleLandsAfterItsPredecessorInTheCurrentText() throws {
        let current = Law.base.replacingOccurrences(of: "any fee.", with: "any fee or deposit.")
        let inserted = "### Article 3^1 — Complaints\n\n(1) Workers may complain to the Agency.\n\n"
        let proposed = Law.base.replacingOccurrences(of: "### Article 4", with: inserted + "### Article 4")
        let outcome = try Law.merge(current: current, proposed: proposed)
        #expect(outcome.isClean)
        #expect(outcome.text == current.replacingOccurrences(of: "### Article 4", with: inserted + "### Article 4"))
    }

    @Test func aDeletionAgainstAnEditIsAConflict() throws {
        let current = Law.base.replacingOccurrences(of: "any fee.", with: "any fee or deposit.")
        let proposed = Law.base.replacingOccurrences(
            of: "### Article 3 — Fees\n\n(1) Agencies shall not charge workers any fee.\n\n", with: "")
        let outcome = try Law.merge(current: current, proposed: proposed)
        #expect(!outcome.isClean)
        #expect(outcome.conflicts.contains { $0.path == "art-3/par-1" && $0.proposed == nil })
    }

    @Test func aDeletionOfAnUntouchedArticleIsTaken() throws {
        let current = Law.base.replacingOccurrences(of: "three years", with: "two years")
        let fees = "### Article 3 — Fees\n\n(1) Agencies shall not charge workers any fee.\n\n"
        let proposed = Law.base.replacingOccurrences(of: fees, with: "")
        let outcome = try Law.merge(current: current, proposed: proposed)
        #expect(outcome.isClean)
        #expect(outcome.text == current.replacingOccurrences(of: fees, with: ""))
    }
}

@Suite("Word merge")
struct WordMergeTests {
    @Test func changesToDifferentWordsCombine() {
        let merged = WordMerge.merge(
            base: "The licence is valid for three years.", ours: "The permit is valid for three years.",
            theirs: "The licence is valid for five years.")
        #expect(merged == "The permit is valid for five years.")
    }

    @Test func twoInsertionsAtOnePointConflict() {
        #expect(WordMerge.merge(base: "a b", ours: "a x b", theirs: "a y b") == nil)
    }

    @Test func oneSideUnchangedGivesTheOther() {
        #expect(WordMerge.merge(base: "a b", ours: "a b", theirs: "a c") == "a c")
        #expect(WordMerge.merge(base: "a b", ours: "a c", theirs: "a b") == "a c")
    }
}
