import Foundation

/// `legis-bench diff`: times `legis diff --files OLD NEW --format json` against
/// `git diff --no-index --histogram --word-diff=porcelain OLD NEW`, alternating, as whole
/// processes, and compares how many words each marks as changed.
struct DiffBenchmark {
    static let usage = "legis-bench diff --legis PATH [--runs N] [--corpus DIR] [--git PATH]"

    var legis: String
    var git: String
    var runs = 11
    var corpus: String
    /// The pairs compared: every successive pair of the corpus, and of each proposal's drafts
    /// (found in `proposals` beside the working directory), as paths under `corpus` or absolute.
    var pairs: [(old: String, new: String)] = []

    init(arguments: [String]) throws(BenchError) {
        var legis: String?
        var git = "git"
        var corpus: String?
        var index = 0
        func value() throws(BenchError) -> String {
            index += 1
            guard index < arguments.count else {
                throw BenchError("\(arguments[index - 1]) needs a value\n\(Self.usage)")
            }
            return arguments[index]
        }
        while index < arguments.count {
            switch arguments[index] {
            case "--legis": legis = try value()
            case "--git": git = try value()
            case "--corpus": corpus = try value()
            case "--runs":
                let text = try value()
                guard let count = Int(text), count > 0 else {
                    throw BenchError("--runs needs a positive number, not `\(text)`")
                }
                runs = count
            default: throw BenchError("unknown option `\(arguments[index])`\n\(Self.usage)")
            }
            index += 1
        }
        guard let legis else { throw BenchError("--legis PATH is required\n\(Self.usage)") }
        self.legis = try ProcessRunner.locate(legis)
        self.git = try ProcessRunner.locate(git)
        if let corpus { self.corpus = corpus } else { self.corpus = try Self.findCorpus() }
        pairs = Self.pairs(corpus: self.corpus)
    }

    /// Successive files (in name order) of each folder of the corpus and of `proposals`.
    static func pairs(corpus: String) -> [(old: String, new: String)] {
        var folders: [String] = []
        let manager = FileManager.default
        for name in ((try? manager.contentsOfDirectory(atPath: corpus)) ?? []).sorted() {
            folders.append(URL(fileURLWithPath: corpus).appendingPathComponent(name).path)
        }
        let proposals = URL(fileURLWithPath: manager.currentDirectoryPath).appendingPathComponent("proposals").path
        for name in ((try? manager.contentsOfDirectory(atPath: proposals)) ?? []).sorted() {
            folders.append(URL(fileURLWithPath: proposals).appendingPathComponent(name).path)
        }
        var pairs: [(old: String, new: String)] = []
        for folder in folders {
            let files = ((try? manager.contentsOfDirectory(atPath: folder)) ?? []).sorted()
                .filter { $0.hasSuffix(".md") && $0.first?.isNumber == true || $0.hasPrefix("bgb-") }
                .map { URL(fileURLWithPath: folder).appendingPathComponent($0).path }
            for (old, new) in zip(files, files.dropFirst()) { pairs.append((old, new)) }
        }
        return pairs
    }

    /// `shared/corpus` next to the working directory or one of its parents.
    static func findCorpus() throws(BenchError) -> String {
        var folder = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        for _ in 0..<4 {
            for candidate in ["shared/corpus", "../shared/corpus"] {
                let url = folder.appendingPathComponent(candidate).standardizedFileURL
                if FileManager.default.fileExists(atPath: url.appendingPathComponent("bgb").path) { return url.path }
            }
            folder.deleteLastPathComponent()
        }
        throw BenchError("cannot find shared/corpus from the working directory; pass --corpus DIR")
    }

    func run() throws(BenchError) {
        guard !pairs.isEmpty else { throw BenchError("no pairs of files in \(corpus); pass --corpus DIR") }
        var ratios: [Double] = []
        for (old, new) in pairs { ratios.append(try run(old: old, new: new)) }
        print("ratio legis/git per pair: " + ratios.map { String(format: "%.2f", $0) }.joined(separator: " "))
        print(String(format: "highest ratio %.2f over %d pairs", ratios.max() ?? 0, ratios.count))
    }

    /// Benchmarks one pair; returns the ratio of the median wall times.
    func run(old: String, new: String) throws(BenchError) -> Double {
        let oldName = Self.shortName(old)
        let newName = Self.shortName(new)
        let legisArguments = ["diff", "--files", old, new, "--format", "json"]
        let gitArguments = ["diff", "--no-index", "--histogram", "--word-diff=porcelain", old, new]
        var legisRuns: [ProcessRun] = []
        var gitRuns: [ProcessRun] = []
        for run in 0..<runs {
            // Only the first outputs are kept (for the word counts): a small runner keeps the
            // peak memory figures the children's own.
            let legisRun = try ProcessRunner.run(legis, legisArguments, keepOutput: run == 0)
            guard legisRun.status == 0 else { throw BenchError("\(legis) exited with status \(legisRun.status)") }
            legisRuns.append(legisRun)
            let gitRun = try ProcessRunner.run(git, gitArguments, keepOutput: run == 0)
            // git diff --no-index exits 1 when the files differ.
            guard gitRun.status == 0 || gitRun.status == 1 else {
                throw BenchError("git exited with status \(gitRun.status)")
            }
            gitRuns.append(gitRun)
        }
        let legisWords = try Self.legisWords(legisRuns[0].output)
        let gitWords = Self.gitWords(gitRuns[0].output)
        var report = DiffReport(
            legis: Measurement(runs: legisRuns, words: legisWords),
            git: Measurement(runs: gitRuns, words: gitWords), runs: runs,
            command: "legis diff --files \(oldName) \(newName) --format json",
            reference: "git diff --no-index --histogram --word-diff=porcelain \(oldName) \(newName)")
        report.movedWords = Self.movedWords(legisRuns[0].output)
        print(report.text)
        return report.ratio
    }

    /// The last two components of `path`: `bgb/bgb-2013-01-11.md`.
    static func shortName(_ path: String) -> String {
        path.split(separator: "/").suffix(2).joined(separator: "/")
    }

    /// Words of moved text at its new place (segments `insert` with a `move`): legis marks such
    /// text twice, deleted where it stood and inserted where it stands.
    static func movedWords(_ output: [UInt8]) -> Int {
        guard let object = try? JSONSerialization.jsonObject(with: Data(output)) as? [String: Any],
            let segments = object["segments"] as? [[String: Any]]
        else { return 0 }
        return segments.reduce(0) { count, segment in
            guard segment["move"] != nil, segment["op"] as? String == "insert", let text = segment["text"] as? String
            else { return count }
            return count + text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }).count
        }
    }

    /// Inserted and deleted words from the `stats` of legis's JSON.
    static func legisWords(_ output: [UInt8]) throws(BenchError) -> (inserted: Int, deleted: Int) {
        guard let object = try? JSONSerialization.jsonObject(with: Data(output)) as? [String: Any],
            let stats = object["stats"] as? [String: Any],
            let inserted = stats["insertedWords"] as? Int, let deleted = stats["deletedWords"] as? Int
        else { throw BenchError("legis output is not the JSON of Docs/diff-json.md (no stats)") }
        return (inserted, deleted)
    }

    /// Inserted and deleted words of git's porcelain word diff: whitespace-separated words on
    /// lines starting with `+` or `-` (the `+++`/`---` file headers left out).
    static func gitWords(_ output: [UInt8]) -> (inserted: Int, deleted: Int) {
        var inserted = 0
        var deleted = 0
        for line in output.split(separator: 0x0A, omittingEmptySubsequences: true) {
            guard let first = line.first, first == 0x2B || first == 0x2D else { continue }
            if line.count >= 4 && line.prefix(4).elementsEqual(first == 0x2B ? Array("+++ ".utf8) : Array("--- ".utf8))
            {
                continue
            }
            let words = line.dropFirst().split(whereSeparator: { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }).count
            if first == 0x2B { inserted += words } else { deleted += words }
        }
        return (inserted, deleted)
    }
}
