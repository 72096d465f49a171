import Foundation
import LegisAmendments
import LegisGit
import LegisTracker
import LegisTestSupport
import Testing

/// A workspace with the sample bill and two registered stakeholders, for amendments.
struct AmendmentFixture {
    let endorsement: EndorsementFixture
    var workspace: Workspace { endorsement.workspace }
    var id: DocumentID { endorsement.id }
    var folder: TemporaryFolder { endorsement.folder }

    init() throws { endorsement = try EndorsementFixture() }

    /// The latest text with one replacement.
    func edited(_ from: String, _ to: String) throws -> [UInt8] {
        let text = try workspace.text(of: try workspace.revision(of: id))
        #expect(text.contains(from))
        return Array(text.replacingOccurrences(of: from, with: to).utf8)
    }

    @discardableResult
    func table(_ from: String, _ to: String, title: String = "Change", by: [String] = ["ngo-safe-home"]) throws -> Amendment {
        try workspace.tableAmendment(id, text: try edited(from, to), title: title, rationale: "Because.", sponsors: by, author: tester)
    }

    /// Saves a change to the document directly (the document moving on).
    func save(_ from: String, _ to: String) throws {
        let path = try workspace.path(of: id)
        try workspace.commit([.write(path: path, contents: try edited(from, to), executable: false)], message: "Edit", author: tester)
    }

    var current: String { get throws { try workspace.text(of: try workspace.revision(of: id)) } }
}

@Suite("Amendments")
struct AmendmentTests {
    @Test func everyDecisionIsAppendedAndItsHistoryRead() throws {
        let f = try AmendmentFixture()
        let first = try f.table("valid for two years", "valid for four years", title: "Four years")
        #expect(first.number == 1)
        #expect(first.status == .tabled)
        #expect(first.provisions == ["art-2/par-2"])
        #expect(first.sponsors == ["ngo-safe-home"])
        #expect(first.rationale == "Because.")
        let second = try f.table("any fee for recruitment", "any fee or deposit for recruitment", by: ["police", "ngo-safe-home"])
        let third = try f.table("public registry", "public electronic registry")
        let fourth = try f.table("No agency may recruit", "No agency or person may recruit")
        let fifth = try f.table("licensing and supervision", "licensing, supervision and audit")
        #expect([second, third, fourth, fifth].map(\.number) == [2, 3, 4, 5])

        try f.workspace.decideAmendment(f.id, 1, .withdrawn, note: "Sponsor withdrew", author: tester)
        try f.workspace.decideAmendment(f.id, 2, .rejected, note: "Vote 3–5", author: tester)
        try f.workspace.decideAmendment(f.id, 3, .lapsed, author: tester)
        let adopted = try f.workspace.adoptAmendment(f.id, 4, note: "Unanimous", author: tester)
        #expect(adopted.isAdopted)
        let compromise = try f.edited("licensing and supervision", "licensing, supervision and inspection")
        let withChanges = try f.workspace.adoptAmendment(f.id, 5, compromise: compromise, author: tester)
        #expect(withChanges.isAdopted)

        // Reopened from disk: the statuses and their histories are in git.
        let reopened = try Workspace.open(at: f.folder.path)
        let all = try reopened.amendments(of: f.id)
        #expect(all.map(\.status) == [.withdrawn, .rejected, .lapsed, .adopted, .adoptedWithChanges])
        #expect(all[0].history.map(\.status) == [.tabled, .withdrawn])
        #expect(all[0].history.last?.note == "Sponsor withdrew")
        #expect(all[0].history.last?.by == "Ana Drafter <ana@working-group.example>")
        #expect(all[3].history.last?.adoptedIn == adopted.commit)
        let text = try f.current
        #expect(text.contains("No agency or person may recruit"))
        #expect(text.contains("licensing, supervision and inspection"))
        #expect(try reopened.amendmentTexts(all[4]).proposed.contains("supervision and inspection"))
        // Plain git reads it all.
        let log = try Git.run(["log", "--format=%s", "refs/amendments/recruitment/2"], in: f.folder.path).output
        #expect(log.contains("Rejected: amendment 2 to recruitment"))
        #expect(try Git.run(["fsck", "--strict"], in: f.folder.path).status == 0)
        let branchLog = try f.workspace.log(of: f.id)
        #expect(branchLog.first?.message.contains("Adopt amendment 5 to recruitment") == true)
        #expect(branchLog[1].message.contains("Adopt amendment 4 to recruitment"))
    }

    @Test func theAmendmentCommitHasTheBaseAsParentAndChangesOnlyTheDocument() throws {
        let f = try AmendmentFixture()
        let amendment = try f.table("valid for two years", "valid for four years")
        let base = try f.workspace.revision(of: f.id).commit
        let commit = try f.workspace.repository.commit(amendment.commit)
        #expect(commit.parents == [base])
        let changed = try Git.run(["diff", "--name-only", base.hex, amendment.commit.hex], in: f.folder.path).output
        #expect(changed.split(separator: "\n") == ["documents/recruitment.md"])
    }

    @Test func adoptionMergesWithChangesMadeSinceTheBase() throws {
        let f = try AmendmentFixture()
        try f.table("valid for two years", "valid for two years and may be renewed")
        try f.save("any fee for recruitment", "any fee or deposit for recruitment")
        try f.save("(1) No agency may recruit", "(1) No agency may ever recruit")
        let result = try f.workspace.adoptAmendment(f.id, 1, author: tester)
        #expect(result.isAdopted)
        #expect(result.taken == ["art-2/par-2"])
        let text = try f.current
        #expect(text.contains("valid for two years and may be renewed"))
        #expect(text.contains("any fee or deposit"))
        #expect(text.contains("No agency may ever recruit"))
    }

    @Test func changesToDifferentWordsOfOneProvisionMerge() throws {
        let f = try AmendmentFixture()
        try f.table("The licence is valid", "The permit is valid")
        try f.save("valid for two years", "valid for five years")
        #expect(try f.workspace.adoptAmendment(f.id, 1, author: tester).isAdopted)
        #expect(try f.current.contains("(2) The permit is valid for five years."))
    }

    @Test func aConflictWritesNothingAndListsTheThreeTexts() throws {
        let f = try AmendmentFixture()
        try f.table("valid for two years", "valid for four years")
        try f.save("valid for two years", "valid for five years")
        let tip = try f.workspace.tip()
        let result = try f.workspace.adoptAmendment(f.id, 1, author: tester)
        #expect(!result.isAdopted)
        let conflict = try #require(result.conflicts.first)
        #expect(conflict.path == "art-2/par-2")
        #expect(conflict.base?.contains("two years") == true)
        #expect(conflict.current?.contains("five years") == true)
        #expect(conflict.proposed?.contains("four years") == true)
        #expect(try f.workspace.tip() == tip)
        #expect(try f.workspace.amendment(f.id, 1).status == .tabled)
        #expect(try f.workspace.amendment(f.id, 1).history.count == 1)
    }

    @Test func adoptionAfterTheArticleWasRenumberedAndMoved() throws {
        let f = try AmendmentFixture()
        try f.table("valid for two years", "valid for four years")
        // Since then a new Article 2 came in (licensing is now Article 3), and fees moved to the end.
        try f.save(
            "### Article 2 — Licensing",
            "### Article 2 — Definitions\n\n(1) An agency is any person who recruits workers.\n\n### Article 3 — Licensing")
        try f.save("### Article 3 — Fees", "### Article 4 — Fees")
        let fees = "### Article 4 — Fees\n\n(1) Agencies shall not charge workers any fee for recruitment.\n\n"
        let before = try f.current
        try f.save(fees, "")
        let path = try f.workspace.path(of: f.id)
        try f.workspace.commit(
            [.write(path: path, contents: Array((try f.current + "\n" + fees).utf8), executable: false)], message: "Move fees",
            author: tester)
        #expect(try f.current != before)
        let result = try f.workspace.adoptAmendment(f.id, 1, author: tester)
        #expect(result.isAdopted, "\(result.conflicts)")
        let text = try f.current
        #expect(text.contains("### Article 3 — Licensing"))
        #expect(text.contains("valid for four years"))
        #expect(text.hasSuffix(fees))
    }

    @Test func racingAdoptionsLoseNothing() throws {
        let f = try AmendmentFixture()
        try f.table("valid for two years", "valid for four years")
        try f.table("any fee for recruitment", "any fee or deposit for recruitment")
        try f.table("public registry", "public electronic registry")
        let path = f.folder.path
        let outcomes = Outcomes()
        DispatchQueue.concurrentPerform(iterations: 3) { index in
            do {
                let workspace = try Workspace.open(at: path)
                let result = try workspace.adoptAmendment(try DocumentID("recruitment"), index + 1, author: tester)
                outcomes.add(result.isAdopted ? "adopted" : "conflict")
            } catch {
                outcomes.add("error: \(error)")
            }
        }
        #expect(outcomes.all.sorted() == ["adopted", "adopted", "adopted"])
        let text = try f.current
        #expect(text.contains("valid for four years"))
        #expect(text.contains("any fee or deposit"))
        #expect(text.contains("public electronic registry"))
        #expect(try f.workspace.amendments(of: f.id).allSatisfy { $0.status == .adopted })
    }

    @Test func racingAdoptionsOfOneAmendmentAdoptItOnce() throws {
        let f = try AmendmentFixture()
        try f.table("valid for two years", "valid for four years")
        let path = f.folder.path
        let outcomes = Outcomes()
        DispatchQueue.concurrentPerform(iterations: 2) { _ in
            do {
                let workspace = try Workspace.open(at: path)
                _ = try workspace.adoptAmendment(try DocumentID("recruitment"), 1, author: tester)
                outcomes.add("adopted")
            } catch let error as LegisError {
                outcomes.add(error.kind == .conflict ? "refused" : "error: \(error)")
            } catch {
                outcomes.add("error: \(error)")
            }
        }
        #expect(outcomes.all.contains("adopted"))
        #expect(outcomes.all.allSatisfy { $0 == "adopted" || $0 == "refused" })
        let amendment = try f.workspace.amendment(f.id, 1)
        #expect(amendment.history.map(\.status) == [.tabled, .adopted])
        #expect(try f.current.components(separatedBy: "four years").count == 2)
    }

    @Test func badInputIsRefusedAndNothingWritten() throws {
        let f = try AmendmentFixture()
        let refsBefore = try f.workspace.repository.references(withPrefix: "refs/amendments/")
        #expect(throws: LegisError.self) { try f.table("two years", "four years", by: ["nobody"]) }
        #expect(throws: LegisError.self) { try f.table("two years", "four years", by: []) }
        #expect(throws: LegisError.self) { try f.table("two years", "two years") }
        #expect(throws: LegisError.self) {
            try f.workspace.tableAmendment(f.id, text: [0xFF, 0xFE], title: "Bad", sponsors: ["police"], author: tester)
        }
        #expect(throws: LegisError.self) { try f.table("two years", "four years", title: "Two\nlines") }
        #expect(try f.workspace.repository.references(withPrefix: "refs/amendments/") == refsBefore)
        do {
            try f.table("two years", "four years", by: ["nobody"])
        } catch let error as LegisError {
            #expect(error.kind == .usage)
            #expect(error.message.contains("'nobody' is not a registered stakeholder"))
        }

        do {
            _ = try f.workspace.amendment(f.id, 7)
            Issue.record("an unknown amendment was found")
        } catch {
            #expect(error.kind == .notFound)
            #expect(error.message.contains("There is no amendment 7"))
        }
        try f.table("two years", "four years")
        try f.workspace.decideAmendment(f.id, 1, .withdrawn, author: tester)
        let tip = try f.workspace.tip()
        do {
            _ = try f.workspace.adoptAmendment(f.id, 1, author: tester)
            Issue.record("a withdrawn amendment was adopted")
        } catch {
            #expect(error.kind == .conflict)
            #expect(error.message.contains("is withdrawn already"))
        }
        #expect(try f.workspace.tip() == tip)
        try f.table("any fee", "no fee")
        _ = try f.workspace.adoptAmendment(f.id, 2, author: tester)
        #expect(throws: LegisError.self) { try f.workspace.adoptAmendment(f.id, 2, author: tester) }
        #expect(throws: LegisError.self) { try f.workspace.decideAmendment(f.id, 2, .rejected, author: tester) }
        #expect(try f.workspace.amendment(f.id, 2).history.count == 2)
    }

    @Test func amendmentsTravelBetweenWorkspacesAndNothingIsOverwritten() throws {
        let f = try AmendmentFixture()
        let remote = try TemporaryFolder()
        try Git.run(["init", "-q", "--bare", "-b", "main"], in: remote.path)
        let url = "file://" + remote.path
        _ = try f.workspace.sync(remote: url)
        let other = try TemporaryFolder()
        try Git.run(["init", "-q", "-b", "main"], in: other.path)
        let theirs = try Workspace.open(at: other.path)
        _ = try theirs.sync(remote: url)
        let theirSide = try Workspace.open(at: other.path)

        // Both table an amendment 1, different ones, before syncing.
        try f.table("valid for two years", "valid for four years", title: "Ours")
        let text = try theirSide.text(of: try theirSide.revision(of: f.id)).replacingOccurrences(of: "any fee", with: "no fee")
        let theirOwn = try theirSide.tableAmendment(f.id, text: Array(text.utf8), title: "Theirs", sponsors: ["police"], author: tester)
        #expect(theirOwn.number == 1)

        let first = try f.workspace.sync(remote: url)
        #expect(first.pushed.contains("refs/amendments/recruitment/1"))
        let second = try theirSide.sync(remote: url)
        #expect(second.renumbered.count == 1)
        #expect(try theirSide.amendment(f.id, 1).title == "Ours")
        #expect(try theirSide.amendment(f.id, 2).title == "Theirs")
        let third = try f.workspace.sync(remote: url)
        #expect(third.fetched.contains("refs/amendments/recruitment/2"))
        #expect(try f.workspace.amendments(of: f.id).map(\.title) == ["Ours", "Theirs"])

        // Both decide on amendment 2 before syncing: both decisions are kept.
        try f.workspace.decideAmendment(f.id, 2, .rejected, note: "here", author: tester)
        try theirSide.decideAmendment(f.id, 2, .withdrawn, note: "there", author: tester)
        _ = try f.workspace.sync(remote: url)
        _ = try theirSide.sync(remote: url)
        _ = try f.workspace.sync(remote: url)
        for side in [f.workspace, theirSide] {
            let notes = try side.amendment(f.id, 2).history.map(\.note)
            #expect(notes.contains("here") && notes.contains("there"))
        }
        #expect(try Git.run(["fsck", "--strict"], in: remote.path).status == 0)
    }
}

/// Results gathered from several threads.
final class Outcomes: @unchecked Sendable {
    // Safe: every access holds the lock.
    private let lock = NSLock()
    private var values: [String] = []

    func add(_ value: String) { lock.withLock { values.append(value) } }
    var all: [String] { lock.withLock { values } }
}

@Suite("Amendments in the demo")
struct DemoAmendmentTests {
    @Test func theDemoHoldsEveryStatusTwoThatConflictAndOneAdoptedAfterTheTextMovedOn() throws {
        let folder = try TemporaryFolder()
        let proposals = Tool.repositoryRoot(from: #filePath) + "/proposals"
        let summary = try Demo.build(at: folder.file("demo"), proposals: proposals)
        let workspace = try Workspace.open(at: folder.file("demo"))
        let id = try #require(summary.documents.last)
        let all = try workspace.amendments(of: id)
        #expect(Set(all.map(\.status)) == Set(AmendmentStatus.allCases))
        let later = try #require(all.last)
        #expect(later.status == .adopted)
        let adoptedIn = try #require(later.history.last?.adoptedIn)
        #expect(try workspace.repository.commit(adoptedIn).parents.first != later.base)
        #expect(workspace.overlappingAmendments(all[0], among: all) == [2])
        let first = try workspace.adoptAmendment(id, 1, author: tester)
        #expect(first.isAdopted)
        let second = try workspace.adoptAmendment(id, 2, author: tester)
        #expect(!second.isAdopted)
        #expect(second.conflicts.count == 1)
    }
}
