import Foundation
import LegisTestSupport
import Testing

/// The built `legis` executable, run as a user runs it.
@Suite("Command line, the built binary")
struct BinaryTests {
    let binary = repositoryRoot + "/.build/debug/legis"

    @Test func exitStatusesOfTheRealProcess() throws {
        try #require(FileManager.default.isExecutableFile(atPath: binary), "build the legis product first")
        let scratch = try Scratch()
        let help = try run(binary, ["--help"], in: scratch.path)
        #expect(help.status == 0)
        #expect(help.output.contains("USAGE: legis"))
        let usage = try run(binary, ["log"], in: scratch.path)
        #expect(usage.status == 2)
        let failure = try run(binary, ["documents"], in: scratch.path)
        #expect(failure.status == 1)
        #expect(failure.error.hasPrefix("legis: "))
        #expect(failure.error.split(separator: "\n").count == 1)
        let created = try run(binary, ["init", "ws", author], in: scratch.path)
        #expect(created.status == 0)
        let fsck = try run("git", ["fsck", "--strict"], in: scratch.file("ws"))
        #expect(fsck.status == 0)
    }

    @Test func theDemoBuildsEveryEndorsementState() throws {
        try #require(FileManager.default.isExecutableFile(atPath: binary), "build the legis product first")
        let scratch = try Scratch()
        let demo = try run(binary, ["demo", "--dir", scratch.file("demo"), "--proposals", repositoryRoot + "/proposals"], in: scratch.path)
        #expect(demo.status == 0, "\(demo.error)")
        let verify = try run(binary, ["verify", "--json", "--repo", scratch.file("demo")], in: scratch.path)
        #expect(verify.status == 1)  // the demo holds one tampered endorsement on purpose
        let reports = try #require(try JSONSerialization.jsonObject(with: Data(verify.output.utf8)) as? [[String: Any]])
        let statuses = Set(reports.compactMap { $0["status"] as? String })
        #expect(statuses == ["current", "stale", "revoked", "invalid"])
        #expect(reports.contains { ($0["scope"] as? [String])?.isEmpty == false && $0["status"] as? String == "current" })
        #expect(try run("git", ["fsck", "--strict"], in: scratch.file("demo")).status == 0)
        let log = try run(binary, ["log", "labour-recruitment-agencies", "--repo", scratch.file("demo")], in: scratch.path)
        #expect(log.output.split(separator: "\n").count == 3)
    }
}
