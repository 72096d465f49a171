/// For each word pair (bigram hash), the pieces that hold it, in one flat array: the pieces of
/// one word pair are a contiguous run, in piece order.
///
/// Built in two passes over the pieces' word pairs (count, then place), so it allocates three
/// arrays whatever the number of distinct word pairs.
struct GramPostings {
    /// Position in ``starts`` of each distinct word pair.
    private var groups: KeyTable
    /// Where each group's run begins in ``pieces``; one more entry than groups.
    private var starts: [Int]
    private var positions: [Int32]

    /// The postings of `grams`, where `grams[p]` are the distinct word pairs of piece `p`.
    init(_ grams: [[UInt64]]) {
        let total = grams.reduce(0) { $0 + $1.count }
        var groups = KeyTable(capacity: total)
        // Each word pair's group, in the order met: the second pass below needs no lookup.
        var groupOf: [Int32] = []
        groupOf.reserveCapacity(total)
        var counts: [Int] = []
        counts.reserveCapacity(total)
        for pieceGrams in grams {
            for gram in pieceGrams {
                let group = groups.entry(gram)
                if group == counts.count { counts.append(0) }
                counts[group] += 1
                groupOf.append(Int32(truncatingIfNeeded: group))
            }
        }
        var starts = [Int](repeating: 0, count: counts.count + 1)
        for group in counts.indices { starts[group + 1] = starts[group] + counts[group] }
        var next = starts
        var positions = [Int32](repeating: 0, count: total)
        var met = 0
        for piece in grams.indices {
            for _ in 0..<grams[piece].count {
                let group = Int(groupOf[met])
                positions[next[group]] = Int32(piece)
                next[group] += 1
                met += 1
            }
        }
        self.groups = groups
        self.starts = starts
        self.positions = positions
    }

    /// The pieces that hold `gram`, in piece order; `nil` when none does.
    func pieces(of gram: UInt64) -> ArraySlice<Int32>? {
        guard let group = groups[gram] else { return nil }
        return positions[starts[group]..<starts[group + 1]]
    }
}
