import Foundation

/// The figures of one tool in a benchmark.
struct Measurement {
    var seconds: Summary
    var peakMemory: Summary
    var words: (inserted: Int, deleted: Int)

    init(runs: [ProcessRun], words: (inserted: Int, deleted: Int)) {
        seconds = Summary(runs.map(\.seconds))
        peakMemory = Summary(runs.map { Double($0.peakMemory) })
        self.words = words
    }

    var changedWords: Int { words.inserted + words.deleted }
}

/// The printed result of `legis-bench diff`: plain figures, then a Markdown table.
struct DiffReport {
    var legis: Measurement
    var git: Measurement
    var runs: Int
    var command: String
    var reference: String

    /// Median wall time of legis over that of git.
    var ratio: Double { legis.seconds.median / max(git.seconds.median, 1e-9) }

    /// Words of moved text legis marks at both places (counted once here: at the new place).
    var movedWords = 0

    /// Words marked changed by legis over those marked by git.
    var wordRatio: Double { Double(legis.changedWords) / Double(max(git.changedWords, 1)) }

    /// The same, with moved text counted once rather than at both of its places.
    var wordRatioMovedOnce: Double {
        Double(legis.changedWords - movedWords) / Double(max(git.changedWords, 1))
    }

    var text: String {
        var lines: [String] = []
        lines.append("\(runs) runs each, alternating, whole process, stdout drained through a pipe")
        for (name, m) in [("legis", legis), ("git", git)] {
            lines.append(
                "\(name.padded(6)) median \(Self.ms(m.seconds.median))  min \(Self.ms(m.seconds.min))  max \(Self.ms(m.seconds.max))  peak memory \(Self.mb(m.peakMemory.median))  words changed \(m.changedWords) (+\(m.words.inserted) -\(m.words.deleted))"
            )
        }
        lines.append("ratio legis/git (median wall time): \(String(format: "%.2f", ratio))")
        lines.append(
            "words changed legis/git: \(String(format: "%.3f", wordRatio)); moved text (\(movedWords) words) counted once: \(String(format: "%.3f", wordRatioMovedOnce))"
        )
        lines.append("")
        lines.append("| command | median | min | max | peak memory | words changed (+ins −del) |")
        lines.append("|---|---:|---:|---:|---:|---:|")
        for (name, m) in [(command, legis), (reference, git)] {
            lines.append(
                "| `\(name)` | \(Self.ms(m.seconds.median)) | \(Self.ms(m.seconds.min)) | \(Self.ms(m.seconds.max)) | \(Self.mb(m.peakMemory.median)) | \(m.changedWords) (+\(m.words.inserted) −\(m.words.deleted)) |"
            )
        }
        lines.append("")
        lines.append(
            "Ratio legis/git (median wall time): **\(String(format: "%.2f", ratio))**, over \(runs) alternating runs each."
        )
        return lines.joined(separator: "\n")
    }

    static func ms(_ seconds: Double) -> String { String(format: "%.1f ms", seconds * 1000) }
    static func mb(_ bytes: Double) -> String { String(format: "%.1f MB", bytes / 1_048_576) }
}

extension String {
    fileprivate func padded(_ width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
