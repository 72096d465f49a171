import Dispatch
import Glibc
import LegisDocument
import Testing

/// Parsing stays linear on the shapes that were once quadratic: the time for 4n units is
/// compared with the time for n (best of five each, in thread CPU time). Linear work gives a ratio near 4, quadratic
/// work 16; the bound of 10 leaves room for a loaded machine. Speed itself is measured by
/// `legis-bench parse`, not here.
@Suite(.serialized) struct LinearParsingTests {
    static func sections(_ n: Int) -> String {
        (1...n).map { "§ \($0)\nDer Text des Paragraphen \($0) steht hier.\n" }.joined()
    }

    static func articles(_ n: Int) -> String {
        (1...n).map { "Article \($0)\n(1) Text of article \($0).\n" }.joined()
    }

    static func frontMatter(_ n: Int) -> String {
        "---\n" + (0..<n).map { "field\($0): value \($0)\n" }.joined() + "---\n\nText.\n"
    }

    static func nestedList(_ n: Int) -> String {
        (0..<n).map { String(repeating: "  ", count: $0 % 2_000) + "1. item\n" }.joined()
    }

    static func paragraphsAtTheTop(_ n: Int) -> String {
        (1...n).map { "(\($0 % 50)) A paragraph outside any article.\n" }.joined()
    }

    /// The best of three parse times of `text`, in seconds.
    /// The best of five parses, in CPU time of this thread: the time the thread waits while the
    /// rest of the suite runs on the same cores is not counted, so the ratio stays meaningful
    /// under load.
    static func time(_ text: String, language: String) throws -> Double {
        func threadCPU() -> Double {
            var now = timespec()
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now)
            return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
        }
        var best = Double.infinity
        for _ in 0..<5 {
            let start = threadCPU()
            _ = try Document.parse(text, language: language)
            best = min(best, threadCPU() - start)
        }
        return best
    }

    static let shapes: [(name: String, language: String, n: Int, make: @Sendable (Int) -> String)] = [
        ("§ N sections without blank lines", "de", 2_000, sections),
        ("Article N / (1) Text pairs", "en", 1_000, articles),
        ("front-matter fields", "en", 10_000, frontMatter),
        ("nested list levels", "en", 1_000, nestedList),
        ("paragraphs outside any article", "en", 2_000, paragraphsAtTheTop),
    ]

    @Test(arguments: shapes.indices)
    func fourTimesTheInputTakesAboutFourTimesTheTime(shape: Int) throws {
        let (name, language, n, make) = Self.shapes[shape]
        let small = make(n)
        let large = make(4 * n)
        let documentSmall = try Document.parse(small, language: language)
        #expect(documentSmall.render() == small)
        let ratio = try Self.time(large, language: language) / max(try Self.time(small, language: language), 1e-4)
        #expect(ratio < 10, "\(name): 4n took \(ratio) times as long as n")
    }
}
