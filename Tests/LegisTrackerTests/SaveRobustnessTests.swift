import Foundation
import LegisGit
import LegisTestSupport
import LegisTracker
import Testing

/// Saves under locks left by crashes, locks held by live processes, and oversized input: a save
/// lands and says so, or lands nothing and says why, and the index never falls behind the branch.
@Suite struct SaveRobustnessTests {
    let id: DocumentID

    init() throws {
        id = try DocumentID("recruitment")
    }

    private func edited(_ folder: TemporaryFolder) throws {
        try folder.write("documents/recruitment.md", Samples.draft3.replacingOccurrences(of: "two years", with: "six years"))
    }

    private func headAndIndex(_ folder: TemporaryFolder) throws -> (String, String) {
        let head = try Git.run(["rev-parse", "HEAD"], in: folder.path).output
        let index = try Git.run(["ls-files", "-s", "documents/recruitment.md"], in: folder.path).output
        return (head, index)
    }

    @Test func aStaleIndexLockLeftByGitIsReportedWithTheFileAndNothingIsCommitted() throws {
        let folder = try TemporaryFolder()
        let workspace = try Samples.workspace(in: folder)
        try edited(folder)
        let before = try headAndIndex(folder)
        // What a `git commit` killed while writing the index leaves behind.
        let lock = folder.file(".git/index.lock")
        try Data("DIRC half-written".utf8).write(to: URL(fileURLWithPath: lock))
        let started = ContinuousClock.now
        let error = try #require(throws: LegisError.self) {
            _ = try workspace.save([id], message: "Six years", author: tester)
        }
        #expect(ContinuousClock.now - started < .seconds(5))
        #expect(error.kind != .conflict)
        #expect(!error.message.contains("someone else saved first"))
        #expect(error.message.contains(lock))
        #expect(error.message.contains("Nothing was saved"))
        #expect(error.message.contains("rm '\(lock)'"))
        #expect(try headAndIndex(folder) == before)
        // Once removed as the message says, the same save goes through with no other repair.
        try FileManager.default.removeItem(atPath: lock)
        let saved = try workspace.save([id], message: "Six years", author: tester)
        #expect(saved.saved == [id])
        #expect(try Git.run(["status", "--porcelain"], in: folder.path).output == "")
        #expect(try Git.run(["fsck", "--strict"], in: folder.path).status == 0)
    }

    @Test func aStaleBranchLockIsReportedNotMistakenForAConcurrentSave() throws {
        let folder = try TemporaryFolder()
        let workspace = try Samples.workspace(in: folder)
        try edited(folder)
        let before = try headAndIndex(folder)
        let lock = folder.file(".git/refs/heads/main.lock")
        try Data("0000000000000000000000000000000000000000\n".utf8).write(to: URL(fileURLWithPath: lock))
        let error = try #require(throws: LegisError.self) {
            _ = try workspace.save([id], message: "Six years", author: tester)
        }
        #expect(error.kind != .conflict)
        #expect(error.message.contains(lock))
        #expect(try headAndIndex(folder) == before)
        try FileManager.default.removeItem(atPath: lock)
        #expect(try workspace.save([id], message: "Six years", author: tester).saved == [id])
    }

    @Test func anIndexLockLeftByAKilledSaveIsRecognisedAndRemoved() throws {
        let folder = try TemporaryFolder()
        let workspace = try Samples.workspace(in: folder)
        try edited(folder)
        // A process that has exited: its id cannot belong to a live legis process.
        let dead = Process()
        dead.executableURL = URL(fileURLWithPath: "/bin/true")
        try dead.run()
        dead.waitUntilExit()
        try Data("legis \(dead.processIdentifier)\n".utf8).write(to: URL(fileURLWithPath: folder.file(".git/index.lock")))
        let saved = try workspace.save([id], message: "Six years", author: tester)
        #expect(saved.saved == [id])
        #expect(!FileManager.default.fileExists(atPath: folder.file(".git/index.lock")))
        #expect(try Git.run(["status", "--porcelain"], in: folder.path).output == "")
    }

    @Test func aLockHeldBrieflyByALiveProcessIsWaitedFor() throws {
        let folder = try TemporaryFolder()
        let workspace = try Samples.workspace(in: folder)
        try edited(folder)
        let lock = folder.file(".git/index.lock")
        try Data("DIRC".utf8).write(to: URL(fileURLWithPath: lock))
        // Another writer finishing: a thread of its own, so that a busy test pool cannot delay it.
        Thread.detachNewThread {
            Thread.sleep(forTimeInterval: 0.3)
            unlink(lock)
        }
        let saved = try workspace.save([id], message: "Six years", author: tester)
        #expect(saved.saved == [id])
        #expect(try Git.run(["status", "--porcelain"], in: folder.path).output == "")
    }

    @Test func aSaveThatLosesTheRaceLeavesTheIndexAsItWas() throws {
        let folder = try TemporaryFolder()
        let workspace = try Samples.workspace(in: folder)
        let base = try #require(try workspace.tip())
        try folder.write("documents/recruitment.md", Samples.draft3.replacingOccurrences(of: "two years", with: "four years"))
        _ = try workspace.save([id], message: "Four years", author: tester, basedOn: base)
        let indexBytes = try Data(contentsOf: URL(fileURLWithPath: folder.file(".git/index")))
        try edited(folder)
        let error = try #require(throws: LegisError.self) {
            _ = try workspace.save([id], message: "Six years", author: tester, basedOn: base)
        }
        #expect(error.kind == .conflict)
        #expect(try Data(contentsOf: URL(fileURLWithPath: folder.file(".git/index"))) == indexBytes)
        #expect(!FileManager.default.fileExists(atPath: folder.file(".git/index.lock")))
        // A plain `git commit -a` now commits the edit; it never reverts the saved text.
        let staged = try Git.run(["diff", "--cached", "--stat"], in: folder.path).output
        #expect(staged == "")
    }

    @Test func aTwoGibibyteFileIsRefusedAtOnceWithoutBeingRead() throws {
        let folder = try TemporaryFolder()
        let workspace = try Samples.workspace(in: folder)
        let file = folder.file("documents/recruitment.md")
        // A sparse file: 2 GiB long, no disk blocks.
        #expect(truncate(file, 2 << 30) == 0)
        let started = ContinuousClock.now
        let error = try #require(throws: LegisError.self) {
            _ = try workspace.save([id], message: "Huge", author: tester)
        }
        #expect(ContinuousClock.now - started < .milliseconds(500))
        #expect(error.kind == .invalidInput)
        #expect(error.message.contains("2147483648 bytes"))
        #expect(error.message.contains("8 MiB"))
        #expect(try workspace.log(of: id).count == 3)
    }
}
