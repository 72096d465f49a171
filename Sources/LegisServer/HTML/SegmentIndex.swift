import LegisDiff

/// The segments of a redline with their byte offsets in the old and the new text, to cut out the
/// part of either text that a provision covers.
struct SegmentIndex {
    var bytes: [[UInt8]] = []
    var ops: [Segment.Operation] = []
    /// Where each segment starts in the old text (for an insertion: where it would be).
    var oldStarts: [Int] = []
    /// Where each segment starts in the new text (for a deletion: where it would be).
    var newStarts: [Int] = []
    var totalBytes = 0

    init(_ segments: [Segment]) {
        var old = 0
        var new = 0
        bytes.reserveCapacity(segments.count)
        for segment in segments {
            let utf8 = Array(segment.text.utf8)
            bytes.append(utf8)
            ops.append(segment.op)
            oldStarts.append(old)
            newStarts.append(new)
            if segment.op != .insert { old += utf8.count }
            if segment.op != .delete { new += utf8.count }
            totalBytes += utf8.count
        }
    }

    /// Writes the part of one side covered by `range`: `.delete` is the old text with deletions
    /// marked, `.insert` the new text with insertions marked.
    func write(_ range: Range<Int>, side: Segment.Operation, into writer: inout HTMLWriter) {
        let starts = side == .delete ? oldStarts : newStarts
        var position = firstSegment(endingAfter: range.lowerBound, starts: starts, side: side)
        while position < bytes.count, starts[position] < range.upperBound {
            let op = ops[position]
            if op == .equal || op == side {
                let segment = bytes[position]
                let start = starts[position]
                let from = RedlineHTML.characterBoundary(segment, max(0, range.lowerBound - start))
                let to = RedlineHTML.characterBoundary(segment, min(segment.count, range.upperBound - start))
                if from < to {
                    if op == .insert { writer.raw("<ins>") } else if op == .delete { writer.raw("<del>") }
                    writer.text(utf8: segment[from..<to])
                    if op == .insert { writer.raw("</ins>") } else if op == .delete { writer.raw("</del>") }
                }
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
