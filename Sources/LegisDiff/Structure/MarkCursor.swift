/// Walks the moved text of one side in order, cutting that side's changed segments where it
/// starts and ends (see ``MoveMarking``).
struct MarkCursor {
    /// Moved text on one side and the index of its `moved` change. A struct, not a tuple: an
    /// array of tuples holding a `Range` has the runtime check `Int: Comparable` by a scan of
    /// every conformance of the binary (see ``ByteRanges``).
    struct Mark {
        var range: Range<Int>
        var change: Int
    }

    /// The marks, ascending, apart, neighbours of the same change joined.
    private var marks: [Mark] = []
    private var next = 0

    init(_ unsorted: [Mark]) {
        // By start, then as given, as a stable sort would.
        var order = Array(unsorted.indices)
        order.sortInPlace { (unsorted[$0].range.lowerBound, $0) < (unsorted[$1].range.lowerBound, $1) }
        for index in order {
            let mark = unsorted[index]
            var range = mark.range
            if let last = marks.last {
                // An overlap goes to the mark that starts first.
                range = max(range.lowerBound, last.range.upperBound)..<max(range.upperBound, last.range.upperBound)
                if range.isEmpty { continue }
                if last.change == mark.change && last.range.upperBound == range.lowerBound {
                    marks[marks.count - 1].range = last.range.lowerBound..<range.upperBound
                    continue
                }
            }
            marks.append(Mark(range: range, change: mark.change))
        }
    }

    /// Appends `segment`, which starts at `start` on its side, cut at the marks it holds.
    mutating func cut(_ segment: Segment, at start: Int, into out: inout [Segment]) {
        let end = start + segment.text.utf8.count
        while next < marks.count && marks[next].range.upperBound <= start { next += 1 }
        guard next < marks.count && marks[next].range.lowerBound < end else {
            out.append(segment)
            return
        }
        let utf8 = segment.text.utf8
        func piece(_ from: Int, _ to: Int, _ move: Int?) {
            guard from < to else { return }
            if from == start && to == end {
                out.append(Segment(op: segment.op, text: segment.text, move: move))
                return
            }
            let lower = utf8.index(utf8.startIndex, offsetBy: from - start)
            let upper = utf8.index(lower, offsetBy: to - from)
            out.append(Segment(op: segment.op, text: String(Substring(utf8[lower..<upper])), move: move))
        }
        var cursor = start
        while next < marks.count && marks[next].range.lowerBound < end {
            let mark = marks[next]
            let from = max(mark.range.lowerBound, start)
            let to = min(mark.range.upperBound, end)
            piece(cursor, from, nil)
            piece(from, to, mark.change)
            cursor = to
            if mark.range.upperBound > end { break }
            next += 1
        }
        piece(cursor, end, nil)
    }
}
