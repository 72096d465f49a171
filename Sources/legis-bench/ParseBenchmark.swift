import Foundation

/// `legis-bench parse`: the text shapes that once made parsing quadratic, grown to just under the
/// 8 MiB input limit, read by `legis structure` and compared by `legis diff --files`, against
/// `git diff --no-index --word-diff` of the same files.
struct ParseBenchmark {
    static let usage = "parse --legis PATH [--runs N (5)] [--bytes N (8 MiB - 64 KiB)]"

    var legis: String
    var runs = 5
    var bytes = (8 << 20) - (64 << 10)

    init(arguments: [String]) throws(BenchError) {
        var legis: String?
        var index = 0
        func value() throws(BenchError) -> String {
            index += 1
            guard index < arguments.count else { throw BenchError("\(arguments[index - 1]) needs a value") }
            return arguments[index]
        }
        while index < arguments.count {
            switch arguments[index] {
            case "--legis": legis = try value()
            case "--runs": runs = Int(try value()) ?? runs
            case "--bytes": bytes = Int(try value()) ?? bytes
            default: throw BenchError("unknown option \(arguments[index]); usage: \(Self.usage)")
            }
            index += 1
        }
        guard let legis else { throw BenchError("--legis PATH is required; usage: \(Self.usage)") }
        self.legis = legis
    }

    func run() throws(BenchError) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("legis-parse-bench-\(getpid())").path
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let git = try ProcessRunner.locate("git")
        print("Each shape at a quarter of the size and at the full size (\(bytes) bytes); median of \(runs) runs.")
        print("")
        print("| shape | size | units | `legis structure` | `legis diff --files` | `git diff --no-index --word-diff` | diff ratio legis / git | growth 4× size |")
        print("|---|---:|---:|---:|---:|---:|---:|---:|")
        for shape in ParseShape.allCases {
            var structureTimes: [Double] = []
            for size in [bytes / 4, bytes] {
                let (text, units) = shape.text(bytes: size)
                let old = "\(folder)/\(shape.rawValue)-\(size)-old.md"
                let new = "\(folder)/\(shape.rawValue)-\(size)-new.md"
                guard FileManager.default.createFile(atPath: old, contents: Data(text.utf8)),
                    FileManager.default.createFile(atPath: new, contents: Data(Self.edited(text).utf8))
                else { throw BenchError("cannot write the texts in \(folder)") }
                let structure = try median { () throws(BenchError) in
                    try ProcessRunner.run(legis, ["structure", old], keepOutput: false)
                }
                let diff = try median { () throws(BenchError) in
                    try ProcessRunner.run(legis, ["diff", "--files", old, new, "--format", "stat"], keepOutput: false)
                }
                let reference = try median(allowOne: true) { () throws(BenchError) in
                    try ProcessRunner.run(
                        git, ["diff", "--no-index", "--histogram", "--word-diff=porcelain", old, new], keepOutput: false)
                }
                structureTimes.append(structure)
                let growth = structureTimes.count == 2 ? String(format: "%.1f×", structureTimes[1] / structureTimes[0]) : ""
                print(
                    String(
                        format: "| %@ | %.2f MiB | %d | %.3f s | %.3f s | %.3f s | %.2f | %@ |", shape.title, Double(size) / 1_048_576,
                        units, structure, diff, reference, diff / reference, growth))
            }
        }
        print("")
        print("Growth is the time at full size over the time at a quarter: about 4 when linear, 16 when quadratic.")
    }

    /// Runs `body` `runs` times and returns the median wall time; fails if a run exits non-zero
    /// (`git diff` exits 1 when the files differ, which is expected).
    private func median(allowOne: Bool = false, _ body: () throws(BenchError) -> ProcessRun) throws(BenchError) -> Double {
        var times: [Double] = []
        for _ in 0..<runs {
            let run = try body()
            guard run.status == 0 || (run.status == 1 && allowOne) else { throw BenchError("a run exited with \(run.status)") }
            times.append(run.seconds)
        }
        return Summary(times).median
    }

    /// The text with one word changed about every hundredth line: in the first line from each
    /// hundredth on that holds one of the words replaced.
    static func edited(_ text: String) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var index = 50
        while index < lines.count {
            if lines[index].contains("text") || lines[index].contains("Text") {
                lines[index] = lines[index].replacingOccurrences(of: "text", with: "wording")
                    .replacingOccurrences(of: "Text", with: "Wortlaut")
                index += 100
            } else {
                index += 1
            }
        }
        return lines.joined(separator: "\n")
    }
}
