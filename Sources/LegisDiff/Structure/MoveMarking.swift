/// Marks the deleted and inserted text that moved: a segment that holds moved text and other
/// text is cut where the moved text starts and ends, and the moved part carries the index of its
/// `moved` change (``Segment/move``).
///
/// Cutting keeps the segments rebuilding both versions byte for byte. A moved span is widened to
/// whole words: the full stop after its last word, when it stands on both sides, moved with it.
enum MoveMarking {
    /// `segments` with the text of `moves` marked; `old` and `new` are the sources the moves'
    /// ranges point into.
    static func apply(_ moves: [MovedText], to segments: [Segment], old: [UInt8], new: [UInt8]) -> [Segment] {
        guard !moves.isEmpty else { return segments }
        var deleted = ByteRanges()
        var inserted = ByteRanges()
        var o = 0
        var n = 0
        for segment in segments {
            let size = segment.text.utf8.count
            switch segment.op {
            case .equal:
                o += size
                n += size
            case .delete:
                deleted.append(o..<(o + size))
                o += size
            case .insert:
                inserted.append(n..<(n + size))
                n += size
            }
        }
        var oldMarks: [MarkCursor.Mark] = []
        var newMarks: [MarkCursor.Mark] = []
        for move in moves {
            guard let inOld = containing(move.old, in: deleted), let inNew = containing(move.new, in: inserted)
            else { continue }
            let (oldRange, newRange) = widened(move, old: old, new: new, within: (inOld, inNew))
            oldMarks.append(MarkCursor.Mark(range: oldRange, change: move.change))
            newMarks.append(MarkCursor.Mark(range: newRange, change: move.change))
        }
        var out: [Segment] = []
        out.reserveCapacity(segments.count + 2 * oldMarks.count)
        var oldCursor = MarkCursor(oldMarks)
        var newCursor = MarkCursor(newMarks)
        o = 0
        n = 0
        for segment in segments {
            let size = segment.text.utf8.count
            switch segment.op {
            case .equal:
                out.append(segment)
                o += size
                n += size
            case .delete:
                oldCursor.cut(segment, at: o, into: &out)
                o += size
            case .insert:
                newCursor.cut(segment, at: n, into: &out)
                n += size
            }
        }
        return out
    }

    /// The range among `ranges` (ascending, apart) that holds all of `range`, if one does.
    private static func containing(_ range: Range<Int>, in ranges: ByteRanges) -> Range<Int>? {
        guard !range.isEmpty else { return nil }
        var low = 0
        var high = ranges.count
        while low < high {
            let mid = (low + high) / 2
            if ranges[mid].upperBound <= range.lowerBound { low = mid + 1 } else { high = mid }
        }
        guard low < ranges.count, ranges[low].lowerBound <= range.lowerBound,
            range.upperBound <= ranges[low].upperBound
        else { return nil }
        return ranges[low]
    }

    /// The move's two ranges grown, inside the deleted and inserted text that hold them, to the
    /// edges of the words they cut: by the bytes (punctuation, say) that are the same on both
    /// sides.
    private static func widened(
        _ move: MovedText, old: [UInt8], new: [UInt8], within: (old: Range<Int>, new: Range<Int>)
    ) -> (Range<Int>, Range<Int>) {
        var (oldStart, oldEnd) = (move.old.lowerBound, move.old.upperBound)
        var (newStart, newEnd) = (move.new.lowerBound, move.new.upperBound)
        if !isSpace(old[oldEnd - 1]) && !isSpace(new[newEnd - 1]) {
            while oldEnd < within.old.upperBound && newEnd < within.new.upperBound && old[oldEnd] == new[newEnd]
                && !isSpace(old[oldEnd])
            {
                oldEnd += 1
                newEnd += 1
            }
            // Never end inside a character: step back to its first byte.
            while oldEnd > move.old.upperBound && oldEnd < within.old.upperBound && old[oldEnd] & 0xC0 == 0x80 {
                oldEnd -= 1
                newEnd -= 1
            }
        }
        if !isSpace(old[oldStart]) && !isSpace(new[newStart]) {
            while oldStart > within.old.lowerBound && newStart > within.new.lowerBound
                && old[oldStart - 1] == new[newStart - 1] && !isSpace(old[oldStart - 1])
            {
                oldStart -= 1
                newStart -= 1
            }
            while oldStart < move.old.lowerBound && old[oldStart] & 0xC0 == 0x80 {
                oldStart += 1
                newStart += 1
            }
        }
        return (oldStart..<oldEnd, newStart..<newEnd)
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0B || byte == 0x0C
    }
}
