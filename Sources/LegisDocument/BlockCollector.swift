/// Groups consecutive lines into blocks: runs of blank lines, runs of text lines, single headings.
struct BlockCollector {
    private var blocks: [Block] = []

    /// A collector with room for about `count` blocks.
    init(expecting count: Int) {
        blocks.reserveCapacity(count)
    }

    /// Adds a line of `role`; it extends the last block when that has the same role, unless
    /// `startsNew` (a heading or a marker line).
    mutating func add(_ role: Block.Role, _ range: Range<Int>, startsNew: Bool) {
        if !startsNew, let last = blocks.last, last.role == role,
            last.range.upperBound == range.lowerBound
        {
            blocks[blocks.count - 1].range = last.range.lowerBound..<range.upperBound
        } else {
            blocks.append(Block(role: role, range: range))
        }
    }

    /// The blocks collected.
    func finish() -> [Block] { blocks }
}
