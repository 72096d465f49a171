/// Groups consecutive lines into blocks: runs of blank lines, runs of text lines, single headings.
///
/// The block being grown is kept apart and appended once complete, so that growing it touches
/// no array.
struct BlockCollector {
    private var blocks: [Block] = []
    private var pending: Block?

    /// A collector with room for about `count` blocks.
    init(expecting count: Int) {
        blocks.reserveCapacity(count)
    }

    /// Adds a line of `role`; it extends the last block when that has the same role, unless
    /// `startsNew` (a heading or a marker line).
    mutating func add(_ role: Block.Role, _ range: Range<Int>, startsNew: Bool) {
        if let last = pending {
            if !startsNew, last.role == role, last.range.upperBound == range.lowerBound {
                pending = Block(role: role, range: last.range.lowerBound..<range.upperBound)
                return
            }
            blocks.append(last)
        }
        pending = Block(role: role, range: range)
    }

    /// The blocks collected.
    mutating func finish() -> [Block] {
        if let last = pending {
            blocks.append(last)
            pending = nil
        }
        return blocks
    }
}
