/// One step of an edit script over two token lists: a run of equal tokens, or a change that
/// deletes `a` and inserts `b` (either may be empty).
struct Edit: Equatable {
    var a: Range<Int>
    var b: Range<Int>
    var isEqual: Bool

    /// The edit script that the common runs `matches` leave, over `aCount` and `bCount` tokens.
    static func script(_ matches: [MatchBlock], aCount: Int, bCount: Int) -> [Edit] {
        var edits: [Edit] = []
        edits.reserveCapacity(2 * matches.count + 1)
        var ai = 0
        var bi = 0
        func add(_ edit: Edit) {
            if edit.a.isEmpty && edit.b.isEmpty { return }
            if let last = edits.last, last.isEqual == edit.isEqual {
                edits[edits.count - 1].a = last.a.lowerBound..<edit.a.upperBound
                edits[edits.count - 1].b = last.b.lowerBound..<edit.b.upperBound
            } else {
                edits.append(edit)
            }
        }
        for block in matches where block.count > 0 {
            add(Edit(a: ai..<block.a, b: bi..<block.b, isEqual: false))
            add(Edit(a: block.a..<block.a + block.count, b: block.b..<block.b + block.count, isEqual: true))
            ai = block.a + block.count
            bi = block.b + block.count
        }
        add(Edit(a: ai..<aCount, b: bi..<bCount, isEqual: false))
        return edits
    }
}
