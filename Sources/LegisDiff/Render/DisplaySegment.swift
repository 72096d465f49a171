/// A segment as shown to a reader, with where it starts in the old and the new text (for text
/// only one side has, where it would stand in the other).
struct DisplaySegment {
    var segment: Segment
    /// Its first byte in the old text.
    var old: Int
    /// Its first byte in the new text.
    var new: Int

    /// Leaves out the first `count` bytes (whitespace).
    mutating func dropFirst(_ count: Int) {
        segment.text = segment.text.suffixBytes(segment.text.utf8.count - count)
        if segment.op != .insert { old += count }
        if segment.op != .delete { new += count }
    }

    /// Leaves out the last `count` bytes (whitespace).
    mutating func dropLast(_ count: Int) {
        segment.text = segment.text.prefixBytes(segment.text.utf8.count - count)
    }

    /// Where the segment's text stands: in the old text for deleted text, in the new text
    /// otherwise, `offset` bytes into it.
    func place(_ offset: Int) -> (old: Bool, offset: Int) {
        segment.op == .delete ? (true, old + offset) : (false, new + offset)
    }
}
