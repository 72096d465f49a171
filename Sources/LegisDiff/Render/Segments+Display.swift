extension [Segment] {
    /// The segments as a reader should see them: a deletion and insertion of whitespace only (a
    /// change of line wrapping) shows as the new whitespace, unmarked; neighbouring equal
    /// segments are joined.
    var forDisplay: [Segment] {
        var out: [Segment] = []
        out.reserveCapacity(count)
        func add(_ segment: Segment) {
            if segment.op == .equal, let last = out.last, last.op == .equal {
                out[out.count - 1].text += segment.text
            } else {
                out.append(segment)
            }
        }
        var i = 0
        while i < count {
            let segment = self[i]
            if segment.op == .delete, i + 1 < count, self[i + 1].op == .insert,
                segment.text.isBlank, self[i + 1].text.isBlank
            {
                add(Segment(op: .equal, text: self[i + 1].text))
                i += 2
                continue
            }
            add(segment)
            i += 1
        }
        return out
    }
}

extension String {
    /// Whether the text is only ASCII whitespace.
    var isBlank: Bool {
        utf8.allSatisfy { $0 == 0x20 || $0 == 0x0A || $0 == 0x09 || $0 == 0x0D || $0 == 0x0B || $0 == 0x0C }
    }
}
