import LegisDiff

/// The segments of a redline with their byte offsets in the old and the new text, to cut out the
/// part of either text that a provision covers.
struct SegmentIndex {
    var bytes: [[UInt8]] = []
    var ops: [Segment.Operation] = []
    /// For moved text, where it went or came from (`moved to Article 7(1)`); nil for other text.
    var moved: [String?] = []
    /// Where each segment starts in the old text (for an insertion: where it would be).
    var oldStarts: [Int] = []
    /// Where each segment starts in the new text (for a deletion: where it would be).
    var newStarts: [Int] = []
    var totalBytes = 0
    /// Whether the segment is half of a change of line wrapping: whitespace deleted and replaced
    /// by other whitespace, which is no change of wording and shows as the new whitespace.
    var rewrap: [Bool] = []

    init(_ redline: Redline) {
        let segments = redline.segments
        let names = PlaceNames(redline)
        var old = 0
        var new = 0
        bytes.reserveCapacity(segments.count)
        moved.reserveCapacity(segments.count)
        for segment in segments {
            let utf8 = Array(segment.text.utf8)
            bytes.append(utf8)
            ops.append(segment.op)
            moved.append(segment.move == nil ? nil : names.moveNote(segment))
            oldStarts.append(old)
            newStarts.append(new)
            if segment.op != .insert { old += utf8.count }
            if segment.op != .delete { new += utf8.count }
            totalBytes += utf8.count
        }
        rewrap = [Bool](repeating: false, count: segments.count)
        for position in segments.indices.dropLast()
        where segments[position].op == .delete && segments[position + 1].op == .insert
            && segments[position].move == nil && segments[position + 1].move == nil
            && Self.isBlank(bytes[position]) && Self.isBlank(bytes[position + 1])
        {
            rewrap[position] = true
            rewrap[position + 1] = true
        }
    }

    private static func isBlank(_ bytes: [UInt8]) -> Bool { bytes.allSatisfy(ReadingWriter.isSpace) }

    /// How the segment at `position` shows: a rewrap's new whitespace as equal text, its old
    /// whitespace not at all (nil).
    func shownOp(_ position: Int) -> Segment.Operation? {
        guard rewrap[position] else { return ops[position] }
        return ops[position] == .insert ? .equal : nil
    }

    /// Writes the part of one side covered by `range`: `.delete` is the old text with deletions
    /// marked, `.insert` the new text with insertions marked, as it reads (a rewrap unmarked, moved
    /// text marked as moved).
    func write(_ range: Range<Int>, side: Segment.Operation, into writer: inout ReadingWriter) {
        let starts = side == .delete ? oldStarts : newStarts
        var position = firstSegment(endingAfter: range.lowerBound, starts: starts, side: side)
        while position < bytes.count, starts[position] < range.upperBound {
            let op = ops[position]
            if op == .equal || op == side {
                let shown = rewrap[position] ? Segment.Operation.equal : op
                let segment = bytes[position]
                let start = starts[position]
                let from = RedlineHTML.characterBoundary(segment, max(0, range.lowerBound - start))
                let to = RedlineHTML.characterBoundary(segment, min(segment.count, range.upperBound - start))
                if from < to { writer.add(shown, segment[from..<to], moved: moved[position]) }
            }
            position += 1
        }
    }

    /// The first segment whose span on this side ends after `offset` (binary search).
    private func firstSegment(endingAfter offset: Int, starts: [Int], side: Segment.Operation) -> Int {
        var low = 0
        var high = starts.count
        while low < high {
            let middle = (low + high) / 2
            let length = ops[middle] == .equal || ops[middle] == side ? bytes[middle].count : 0
            if starts[middle] + length <= offset { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
