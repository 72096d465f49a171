import Testing

@testable import LegisDiff

@Suite("In-place sort")
struct InPlaceSortTests {
    /// A small deterministic generator, so that a failure can be replayed.
    struct SplitMix {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    @Test("Agrees with the standard sort on random, sorted, reversed and repetitive arrays of every size")
    func agreesWithStandardSort() {
        var random = SplitMix(state: 42)
        for count in [0, 1, 2, 3, 15, 16, 17, 33, 100, 1_000, 10_000] {
            for spread in [UInt64(2), 7, 1_000, UInt64.max] {
                let values = (0..<count).map { _ in spread == .max ? random.next() : random.next() % spread }
                for shape in [values, values.sorted(), values.sorted(by: >)] {
                    var sorted = shape
                    sorted.sortInPlace()
                    #expect(sorted == shape.sorted(), "count \(count), spread \(spread)")
                }
            }
        }
    }

    @Test("An adversarial order for a median of three stays n log n: heapsort takes over")
    func organPipeStaysFast() {
        // Ascending then descending (an organ pipe) makes a median-of-three quicksort split badly;
        // a quadratic sort would make about n * n / 4 comparisons, 2.5 billion here.
        let half = 50_000
        var values = Array(0..<half) + Array((0..<half).reversed())
        var comparisons = 0
        values.sortInPlace { comparisons += 1; return $0 < $1 }
        #expect(values == values.sorted())
        let n = Double(2 * half)
        #expect(Double(comparisons) < 6 * n * (n.logarithm2))
    }

    @Test("Sorts by a key that tells elements apart to the same order as a stable sort")
    func keyedSortIsDeterministic() {
        var random = SplitMix(state: 7)
        let pairs = (0..<5_000).map { _ in (Int(random.next() % 50), Int(random.next() % 1_000)) }
        var order = Array(pairs.indices)
        order.sortInPlace { (pairs[$0].0, $0) < (pairs[$1].0, $1) }
        let stable = pairs.indices.sorted { pairs[$0].0 < pairs[$1].0 }
        #expect(order == stable)
    }
}

extension Double {
    fileprivate var logarithm2: Double { Double(Int.bitWidth - Int(self).leadingZeroBitCount) }
}
