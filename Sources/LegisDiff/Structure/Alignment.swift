/// Which pieces of the old version correspond to which pieces of the new one.
struct Alignment {
    /// For each old piece, the new piece it corresponds to, or -1.
    private(set) var newOf: [Int]
    /// For each new piece, the old piece it corresponds to, or -1.
    private(set) var oldOf: [Int]
    /// For each old piece, whether its pair rests on the same wording (same bytes, or the same
    /// text under a new number) rather than on overlap or path alone.
    private(set) var exact: [Bool]
    /// For each old piece, whether it is known to hold the same bytes as its pair.
    private(set) var sameBytes: [Bool]
    /// The exact pairs that keep their order (a longest increasing run), by old index; they
    /// split the texts into the stretches that are diffed.
    private(set) var anchors: [(old: Int, new: Int)] = []
    /// All pairs that keep their order, by old index; an exact pair outside it has moved.
    private(set) var ordered: [(old: Int, new: Int)] = []
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

    /// Whether old piece `old` is paired exactly but out of order.
    func isMoved(old: Int) -> Bool {
        newOf[old] >= 0 && exact[old] && !inOrder[old]
    }

    /// Keeps as anchors a longest run of exact pairs in the same order in both versions.
    mutating func orderAnchors() {
        anchors = Self.longestOrderedRun(newOf.enumerated().filter { $0.element >= 0 && exact[$0.offset] })
    }

    /// Orders all pairs, once pairs found by overlap and path are added.
    mutating func orderAll() {
        ordered = Self.longestOrderedRun(Array(newOf.enumerated().filter { $0.element >= 0 }))
        for pair in ordered { inOrder[pair.old] = true }
    }

    private static func longestOrderedRun(_ pairs: [(offset: Int, element: Int)]) -> [(old: Int, new: Int)] {
        LongestIncreasingSubsequence.indices(pairs.map(\.element)).map { (pairs[$0].offset, pairs[$0].element) }
    }
}
