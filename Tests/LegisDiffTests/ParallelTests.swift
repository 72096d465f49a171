import Testing

@testable import LegisDiff

@Suite("Parallel work")
struct ParallelTests {
    @Test("both runs each closure once and returns the results in order")
    func bothKeepsOrder() {
        let (first, second) = Parallel.both(
            { (0..<10_000).reduce(0, +) }, { String(repeating: "ab", count: 3) })
        #expect(first == 49_995_000)
        #expect(second == "ababab")
    }

    @Test("segments rebuild texts holding multi-byte characters at change edges")
    func segmentsKeepCharacters() {
        let old = "Der Käufer zahlt 30 € für § 433 an die Verkäuferin."
        let new = "Die Käuferin zahlt 40 € für § 433a an den Verkäufer."
        let segments = WordDiff.segments(old: old, new: new)
        #expect(segments.oldText == old)
        #expect(segments.newText == new)
        #expect(segments.contains { $0.op == .delete && $0.text.contains("Käufer") })
    }
}
