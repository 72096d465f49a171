import Foundation
import Synchronization
import LegisTestSupport
import Testing

/// `legis serve` as a process: it stops on SIGTERM and SIGINT within its bound, even while a
/// request is busy with a comparison that takes longer than that.
@Suite("Command line, stopping the server")
struct ServeStopTests {
    let binary = repositoryRoot + "/.build/debug/legis"

    /// A law of 6,000 articles, and the same with about a third of its words changed: comparing
    /// them takes seconds in a debug build.
    private func bigWorkspace(_ scratch: Scratch) throws -> String {
        func text(changed: Bool) -> String {
            var words = SplitMix(seed: 7)
            var changes = SplitMix(seed: 11)
            var lines = ["---", "title: Big Act", "kind: law", "language: en", "---", "", "# Big Act", ""]
            for article in 1...6000 {
                lines.append("### Article \(article)")
                lines.append("")
                for paragraph in 1...3 {
                    var line: [String] = []
                    for _ in 0..<50 {
                        let word = "w\(words.next() % 5000)"
                        let change = changes.next()
                        line.append(changed && change % 3 == 0 ? "x\(change % 5000)" : word)
                    }
                    lines.append("(\(paragraph)) " + line.joined(separator: " "))
                }
                lines.append("")
            }
            return lines.joined(separator: "\n")
        }
        let old = try scratch.write("old.md", text(changed: false))
        let new = try scratch.write("new.md", text(changed: true))
        let ws = scratch.file("ws")
        #expect(try run(binary, ["init", ws, author], in: scratch.path).status == 0)
        let imported = try run(binary, ["import", "big", old, new, "--repo", ws, author], in: scratch.path)
        #expect(imported.status == 0, "\(imported.error)")
        return ws
    }

    @Test(arguments: [SIGTERM, SIGINT])
    func theServerStopsWithinItsBoundWhileASlowRequestRuns(signal: Int32) async throws {
        try #require(FileManager.default.isExecutableFile(atPath: binary), "build the legis product first")
        let scratch = try Scratch()
        let ws = try bigWorkspace(scratch)
        let port = 20000 + Int(getpid() % 5000) + Int(signal)
        let server = Process()
        server.executableURL = URL(fileURLWithPath: binary)
        server.arguments = ["serve", "--repo", ws, "--port", "\(port)", "--shutdown-timeout", "0.1"]
        server.standardOutput = FileHandle.nullDevice
        let errors = Pipe()
        server.standardError = errors
        try server.run()
        defer { if server.isRunning { kill(server.processIdentifier, SIGKILL) } }
        let base = "http://127.0.0.1:\(port)"
        var ready = false
        for _ in 0..<100 where !ready {
            ready = (try? run("curl", ["-fs", "-o", "/dev/null", base + "/style.css"], in: scratch.path).status) == 0
            if !ready { try await Task.sleep(for: .milliseconds(100)) }
        }
        try #require(ready, "the server did not start")
        // A cold comparison of the two big revisions, still running when the signal comes.
        let client = Process()
        client.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        client.arguments = ["curl", "-s", "-o", "/dev/null", "-w", "%{http_code}", base + "/documents/big/compare?from=~1&to=HEAD"]
        let answer = Pipe()
        client.standardOutput = answer
        try client.run()
        // Signal once the server has spent 0.3 s of processor time on the request (read from
        // /proc, waiting on this thread): a fixed sleep of the test's task can last seconds
        // while the rest of the suite keeps the cores busy, long enough for the comparison to end.
        let busyFrom = Self.processorTime(server.processIdentifier)
        let waitingSince = ContinuousClock.now
        while Self.processorTime(server.processIdentifier) - busyFrom < 0.3, client.isRunning,
            ContinuousClock.now - waitingSince < .seconds(20)
        {
            usleep(10_000)
        }
        // The time of exit is taken on a thread of its own, not by this task, which may wait long
        // for one of the few threads of the cooperative pool while the whole suite runs.
        let exited = Mutex<ContinuousClock.Instant?>(nil)
        let signalled = ContinuousClock.now
        kill(server.processIdentifier, signal)
        // Read from /proc, not from Foundation's reaping of the child, which can lag by seconds
        // while the rest of the suite keeps the cores busy: a process that has ended is a zombie
        // ("Z") until it is reaped.
        let pid = server.processIdentifier
        Thread.detachNewThread {
            while true {
                let stat = (try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)) ?? ""
                let state = stat.split(separator: ")").last?.split(separator: " ").first ?? "Z"
                if state == "Z" || state == "X" { break }
                usleep(5_000)
            }
            exited.withLock { $0 = ContinuousClock.now }
        }
        while exited.withLock({ $0 }) == nil && ContinuousClock.now - signalled < .seconds(20) {
            try await Task.sleep(for: .milliseconds(20))
        }
        let stopped = (exited.withLock { $0 } ?? ContinuousClock.now) - signalled
        client.waitUntilExit()
        let status = String(decoding: answer.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        // The bound: 0.1 s for requests in progress, then 1 s for cancellation (plus slack).
        server.waitUntilExit()
        let said = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(stopped < .milliseconds(2500), "stopped after \(stopped); the server said: \(said)")
        // The request was cut off (no answer), proving it was still running; had it finished
        // first, the test would prove nothing.
        #expect(status != "200", "the comparison finished before the stop: make the texts larger")
    }
}

extension ServeStopTests {
    /// The processor time (user and system) process `pid` has used so far, in seconds.
    static func processorTime(_ pid: Int32) -> Double {
        let stat = (try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)) ?? ""
        // Fields after the command name (which ends with ")"): state is the first, utime the
        // 12th, stime the 13th.
        let fields = stat.split(separator: ")").last?.split(separator: " ") ?? []
        guard fields.count > 12, let user = Double(fields[11]), let system = Double(fields[12]) else { return 0 }
        return (user + system) / Double(sysconf(Int32(_SC_CLK_TCK)))
    }
}

/// A small deterministic random number generator (SplitMix64), for reproducible texts.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D4_9EB3_8D09_42EB
        return z ^ (z >> 31)
    }
}
