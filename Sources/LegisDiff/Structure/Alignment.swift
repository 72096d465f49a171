/// Which pieces of the old version correspond to which pieces of the new one.
struct Alignment {
    /// For each old piece, the new piece it corresponds to, or -1.
    private(set) var newOf: [Int]
    /// For each new piece, the old piece it corresponds to, or -1.
    private(set) var oldOf: [Int]
    /// For each old piece, whether its pair rests on the same wording (same bytes, or the same
    /// text under a new number) rather than on similarity or path alone.
    private(set) var exact: [Bool]
    /// For each old piece, whether it is known to hold the same bytes as its pair.
    private(set) var sameBytes: [Bool]
    /// The pairs that keep their order (a longest increasing run), by old index: they split the
    /// texts into the stretches compared. A pair outside it has moved.
    private(set) var ordered: [PiecePair] = []
    private var inOrder: [Bool]

    init(oldCount: Int, newCount: Int) {
        newOf = Array(repeating: -1, count: oldCount)
        oldOf = Array(repeating: -1, count: newCount)
        exact = Array(repeating: false, count: oldCount)
        sameBytes = exact
        inOrder = exact
    }

    mutating func pair(_ old: Int, _ new: Int, exact isExact: Bool, sameBytes isSame: Bool = false) {
        newOf[old] = new
        oldOf[new] = old
        exact[old] = isExact
        sameBytes[old] = isSame
    }

    /// Whether old piece `old` is paired but out of order.
    func isMoved(old: Int) -> Bool {
        newOf[old] >= 0 && !inOrder[old]
    }

    /// Whether old piece `old` and new piece `new` are the same provision.
    func corresponds(old: Int, new: Int) -> Bool {
        old >= 0 && old < newOf.count && newOf[old] == new
    }

    /// Orders the pairs once every pair is made.
    mutating func orderAll() {
        var olds: [Int] = []
        var news: [Int] = []
        for old in newOf.indices where newOf[old] >= 0 {
            olds.append(old)
            news.append(newOf[old])
        }
        ordered = LongestIncreasingSubsequence.indices(news).map { PiecePair(old: olds[$0], new: news[$0]) }
        for pair in ordered { inOrder[pair.old] = true }
    }
}

/// An old piece and a new piece, by index.
///
/// A struct, not a tuple: an array of tuples has its type made by the Swift runtime from a
/// mangled name on first use, tens of microseconds of a short `legis diff`.
struct PiecePair {
    var old: Int
    var new: Int
}
