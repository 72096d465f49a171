import Foundation

/// `legis-bench statute`: a statute book of thousands of laws (made by
/// `script/make-statute-repo`), each figure next to the plain-git equivalent measured in the
/// same run: listing with titles, the home page cold and warm, a law's history, the workspace
/// diff of a large law across its whole history, and the server's memory after browsing.
struct StatuteBenchmark {
    static let usage =
        "statute --legis PATH --repo DIR [--law b/bgb/index] [--runs N (5)] [--pairs N (21)] [--browse N (100)] [--port N (18437)]"

    var legis: String
    var git: String
    var repo: String
    var law = "b/bgb/index"
    var runs = 5
    /// Runs of each command for the two comparisons that take milliseconds (a law's history, its
    /// diff), legis and git alternating: on a busy machine a slow stretch then hits both.
    var pairs = 21
    var browse = 100
    var port = 18437

    init(arguments: [String]) throws(BenchError) {
        var legis: String?
        var repo: String?
        var index = 0
        func value() throws(BenchError) -> String {
            index += 1
            guard index < arguments.count else { throw BenchError("\(arguments[index - 1]) needs a value") }
            return arguments[index]
        }
        while index < arguments.count {
            switch arguments[index] {
            case "--legis": legis = try value()
            case "--repo": repo = try value()
            case "--law": law = try value()
            case "--runs": runs = Int(try value()) ?? runs
            case "--pairs": pairs = Int(try value()) ?? pairs
            case "--browse": browse = Int(try value()) ?? browse
            case "--port": port = Int(try value()) ?? port
            default: throw BenchError("unknown option \(arguments[index]); usage: \(Self.usage)")
            }
            index += 1
        }
        guard let legis, let repo else { throw BenchError("--legis and --repo are required; usage: \(Self.usage)") }
        self.legis = try ProcessRunner.locate(legis)
        self.git = try ProcessRunner.locate("git")
        self.repo = repo
    }

    var indexFile: String { repo + "/.git/legis/document-index" }

    /// Median seconds of `runs` runs of a command that must exit 0; `prepare` runs before each.
    func time(_ tool: String, _ arguments: [String], prepare: () -> Void = {}) throws(BenchError) -> Summary {
        var times: [Double] = []
        for _ in 0..<runs {
            prepare()
            let run = try ProcessRunner.run(tool, arguments, keepOutput: false)
            guard run.status == 0 else { throw BenchError("\(tool) \(arguments.joined(separator: " ")) exited with \(run.status)") }
            times.append(run.seconds)
        }
        return Summary(times)
    }

    /// Median seconds of ``pairs`` runs each of two commands that must exit 0, run one after the
    /// other in turn.
    func timeAlternating(
        _ first: (tool: String, arguments: [String]), _ second: (tool: String, arguments: [String])
    ) throws(BenchError) -> (Summary, Summary) {
        var times: ([Double], [Double]) = ([], [])
        for _ in 0..<pairs {
            for (index, command) in [first, second].enumerated() {
                let run = try ProcessRunner.run(command.tool, command.arguments, keepOutput: false)
                guard run.status == 0 else {
                    throw BenchError("\(command.tool) \(command.arguments.joined(separator: " ")) exited with \(run.status)")
                }
                if index == 0 { times.0.append(run.seconds) } else { times.1.append(run.seconds) }
            }
        }
        return (Summary(times.0), Summary(times.1))
    }

    func run() throws(BenchError) {
        let path = law + ".md"
        print(
            "Statute book at \(repo); figures are medians of \(runs) whole-process runs unless said otherwise "
                + "(a law's history and its diff: \(pairs) runs each, legis and git alternating).\n")
        print("| operation | legis | plain git | ratio | target |")
        print("|---|---:|---:|---:|---|")
        func row(_ name: String, _ legis: Double, _ git: Double?, target: String, met: Bool) {
            let gitText = git.map { String(format: "%.3f s", $0) } ?? ""
            let ratio = git.map { String(format: "%.2f×", legis / $0) } ?? ""
            print(String(format: "| %@ | %.3f s | %@ | %@ | %@ %@ |", name, legis, gitText, ratio, target, met ? "met" : "NOT met"))
        }
        func removeIndex() { try? FileManager.default.removeItem(atPath: indexFile) }

        // Listing with titles.
        let lsFiles = try time(git, ["-C", repo, "ls-files", "*.md"])
        let grep = try time(git, ["-C", repo, "grep", "-h", "-m1", "^Title:", "HEAD", "--", "*.md"])
        let gitList = lsFiles.median + grep.median
        let cold = try time(legis, ["documents", "--json", "--repo", repo], prepare: removeIndex)
        let warm = try time(legis, ["documents", "--json", "--repo", repo])
        row("`legis documents --json`, no index (built)", cold.median, gitList, target: "≤ 2×", met: cold.median <= 2 * gitList)
        row("`legis documents --json`, index current", warm.median, gitList, target: "≤ 2×", met: warm.median <= 2 * gitList)

        // A law's history.
        let (legisLog, gitLog) = try timeAlternating(
            (legis, ["log", law, "--repo", repo]), (git, ["-C", repo, "log", "--format=%H", "--", path]))
        row("`legis log \(law)`", legisLog.median, gitLog.median, target: "≤ 1.5×", met: legisLog.median <= 1.5 * gitLog.median)

        // The law across its whole history, in the workspace.
        let revisions = try ProcessRunner.run(git, ["-C", repo, "log", "--format=%H", "--", path])
        let commits = String(decoding: revisions.output, as: UTF8.self).split(separator: "\n").map(String.init)
        guard let newest = commits.first, let oldest = commits.last, commits.count > 1 else {
            throw BenchError("\(path) needs at least two revisions")
        }
        // Both machine-readable: git's porcelain word diff, Legis' JSON redline.
        let (legisDiff, gitDiff) = try timeAlternating(
            (legis, ["diff", law, oldest, newest, "--repo", repo, "--format", "json"]),
            (git, ["-C", repo, "diff", "--word-diff=porcelain", "--histogram", oldest, newest, "--", path]))
        row("`legis diff \(law) --format json` (\(commits.count) revisions apart)", legisDiff.median, gitDiff.median, target: "≤ 1.0×", met: legisDiff.median <= gitDiff.median)

        // The web interface.
        let walk = try time(git, ["-C", repo, "log", "--name-only", "--format=%H"])
        let noIndex = try serve(removingIndex: true)
        let withIndex = try serve(removingIndex: false)
        row("home page `/`, first request, no index", noIndex.cold, walk.median, target: "≤ 2 s", met: noIndex.cold <= 2)
        row("home page `/`, first request after a restart", withIndex.cold, walk.median, target: "≤ 2 s", met: withIndex.cold <= 2)
        row("home page `/`, warm (median of 20)", withIndex.warm, nil, target: "≤ 50 ms", met: withIndex.warm <= 0.05)
        row("`/api/documents`, first request", withIndex.api, nil, target: "", met: true)
        row("`/stakeholders`, first request", withIndex.stakeholders, nil, target: "", met: true)
        print("")
        print(String(format: "git reference for the home page: one `git log --name-only` walk, %.3f s.", walk.median))
        print(String(format: "`git ls-files` %.3f s + `git grep` titles %.3f s = %.3f s.", lsFiles.median, grep.median, gitList))
        print(String(format: "Server memory (VmRSS): %.0f MB after start and home page, %.0f MB after browsing %d laws (page, history), peak %.0f MB; target < 200 MB: %@.",
            withIndex.memoryStart, withIndex.memoryEnd, browse, withIndex.memoryPeak, withIndex.memoryEnd < 200 ? "met" : "NOT met"))
    }

    struct ServerFigures {
        var cold: Double
        var warm: Double
        var api: Double
        var stakeholders: Double
        var memoryStart: Double
        var memoryEnd: Double
        var memoryPeak: Double
    }

    /// Starts `legis serve`, times the home page cold and warm, then browses laws and reads the
    /// server's memory.
    func serve(removingIndex: Bool) throws(BenchError) -> ServerFigures {
        if removingIndex { try? FileManager.default.removeItem(atPath: indexFile) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: legis)
        process.arguments = ["serve", "--repo", repo, "--port", String(port)]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { throw BenchError("cannot start legis serve: \(error)") }
        defer {
            process.terminate()
            process.waitUntilExit()
        }
        var waited = 0
        while !HTTPGet.isListening(port: port) {
            usleep(10_000)
            waited += 1
            guard waited < 1000 else { throw BenchError("legis serve did not listen on \(port)") }
        }
        func timed(_ path: String) throws(BenchError) -> Double {
            let start = DispatchTime.now().uptimeNanoseconds
            let reply = try HTTPGet.get(port: port, path: path)
            guard reply.status == 200 else { throw BenchError("GET \(path) answered \(reply.status)") }
            return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        }
        let cold = try timed("/")
        var warm: [Double] = []
        for _ in 0..<20 { warm.append(try timed("/")) }
        let api = try timed("/api/documents")
        let stakeholders = try timed("/stakeholders")
        let start = Self.memory(process.processIdentifier)
        let list = try ProcessRunner.run(legis, ["documents", "--repo", repo])
        let ids = String(decoding: list.output, as: UTF8.self).split(separator: "\n").compactMap { $0.split(separator: "\t").first }
        let step = max(1, ids.count / max(1, browse))
        for id in stride(from: 0, to: ids.count, by: step).prefix(browse).map({ ids[$0] }) {
            let encoded = id.replacingOccurrences(of: "/", with: "%2F")
            _ = try timed("/documents/\(encoded)")
            _ = try timed("/documents/\(encoded)/history")
        }
        let end = Self.memory(process.processIdentifier)
        return ServerFigures(
            cold: cold, warm: Summary(warm).median, api: api, stakeholders: stakeholders, memoryStart: start.current,
            memoryEnd: end.current, memoryPeak: end.peak)
    }

    /// Resident and peak resident memory of a process, in MB, from /proc.
    static func memory(_ pid: Int32) -> (current: Double, peak: Double) {
        guard let text = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) else { return (0, 0) }
        func field(_ name: String) -> Double {
            guard let line = text.split(separator: "\n").first(where: { $0.hasPrefix(name + ":") }) else { return 0 }
            return (Double(line.split(separator: " ").dropFirst().first ?? "0") ?? 0) / 1024
        }
        return (field("VmRSS"), field("VmHWM"))
    }
}
