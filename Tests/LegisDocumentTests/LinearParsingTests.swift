import Dispatch
import LegisDocument
import Testing

/// Parsing stays linear on the shapes that were once quadratic: the time for 4n units is
/// compared with the time for n (best of three each). Linear work gives a ratio near 4, quadratic
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
    static func time(_ text: String, language: String) throws -> Double {
        var best = Double.infinity
        for _ in 0..<3 {
            let start = DispatchTime.now().uptimeNanoseconds
            _ = try Document.parse(text, language: language)
            best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
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
