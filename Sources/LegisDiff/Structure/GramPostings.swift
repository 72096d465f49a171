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
        var counts: [Int] = []
        counts.reserveCapacity(total)
        for pieceGrams in grams {
            for gram in pieceGrams {
                groups.add(gram, counts.count) { existing, _ in existing }
                let group = groups[gram] ?? 0
                if group == counts.count { counts.append(0) }
                counts[group] += 1
            }
        }
        var starts = [Int](repeating: 0, count: counts.count + 1)
        for (group, count) in counts.enumerated() { starts[group + 1] = starts[group] + count }
        var next = starts
        var positions = [Int32](repeating: 0, count: total)
        for (piece, pieceGrams) in grams.enumerated() {
            for gram in pieceGrams {
                let group = groups[gram] ?? 0
                positions[next[group]] = Int32(piece)
                next[group] += 1
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
