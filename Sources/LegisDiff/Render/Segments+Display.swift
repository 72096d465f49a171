extension [Segment] {
    /// The segments as a reader should see them (see ``displayed``).
    var forDisplay: [Segment] { displayed.map(\.segment) }

    /// The segments as a reader should see them, each with where it starts in both texts.
    ///
    /// - a deletion and insertion of whitespace only (a change of line wrapping) shows as the new
    ///   whitespace, unmarked;
    /// - whitespace that a change's deleted and inserted text both start or end with is shown
    ///   unmarked, outside the change (`[-a\n-]{+\n+}` reads `[-a-]` and a line end);
    /// - whitespace deleted or inserted right next to moved text of the same side is shown
    ///   unmarked, so the move's marker holds its words only;
    /// - neighbouring equal segments are joined.
    var displayed: [DisplaySegment] {
        var out: [DisplaySegment] = []
        out.reserveCapacity(count)
        var old = 0
        var new = 0
        var i = 0
        while i < count {
            let segment = self[i]
            guard segment.op != .equal else {
                out.addDisplayed(DisplaySegment(segment: segment, old: old, new: new))
                old += segment.text.utf8.count
                new += segment.text.utf8.count
                i += 1
                continue
            }
            var end = i
            var change: [DisplaySegment] = []
            while end < count, self[end].op != .equal {
                change.append(DisplaySegment(segment: self[end], old: old, new: new))
                if self[end].op == .delete {
                    old += self[end].text.utf8.count
                } else {
                    new += self[end].text.utf8.count
                }
                end += 1
            }
            for piece in Self.shown(change) { out.addDisplayed(piece) }
            i = end
        }
        return out
    }

    /// One change (the segments between two equal ones) as shown.
    private static func shown(_ change: [DisplaySegment]) -> [DisplaySegment] {
        if change.count == 2, change[0].segment.op == .delete, change[1].segment.op == .insert,
            change[0].segment.move == nil, change[1].segment.move == nil,
            change[0].segment.text.isBlank, change[1].segment.text.isBlank
        {
            var rewrap = change[1]
            rewrap.segment.op = .equal
            rewrap.old = change[0].old
            return [rewrap]
        }
        var pieces = change
        var before: DisplaySegment?
        var after: DisplaySegment?
        if let d = pieces.firstIndex(where: { $0.segment.op == .delete }),
            let n = pieces.firstIndex(where: { $0.segment.op == .insert }), d == 0
        {
            let length = commonSpace(pieces[d].segment.text.utf8, pieces[n].segment.text.utf8)
            if length > 0 {
                before = DisplaySegment(
                    segment: Segment(op: .equal, text: pieces[d].segment.text.prefixBytes(length)),
                    old: pieces[d].old, new: pieces[n].new)
                pieces[d].dropFirst(length)
                pieces[n].dropFirst(length)
            }
        }
        if let d = pieces.lastIndex(where: { $0.segment.op == .delete }),
            let n = pieces.lastIndex(where: { $0.segment.op == .insert })
        {
            let length = commonSpace(pieces[d].segment.text.utf8.reversed(), pieces[n].segment.text.utf8.reversed())
            if length > 0 {
                let text = pieces[d].segment.text
                let oldEnd = pieces[d].old + text.utf8.count
                let newEnd = pieces[n].new + pieces[n].segment.text.utf8.count
                after = DisplaySegment(
                    segment: Segment(op: .equal, text: text.suffixBytes(length)),
                    old: oldEnd - length, new: newEnd - length)
                pieces[d].dropLast(length)
                pieces[n].dropLast(length)
            }
        }
        pieces.removeAll { $0.segment.text.isEmpty }
        for k in pieces.indices where pieces[k].segment.move == nil && pieces[k].segment.text.isBlank {
            let op = pieces[k].segment.op
            let nextToMove =
                (k > 0 && pieces[k - 1].segment.op == op && pieces[k - 1].segment.move != nil)
                || (k + 1 < pieces.count && pieces[k + 1].segment.op == op && pieces[k + 1].segment.move != nil)
            if nextToMove { pieces[k].segment.op = .equal }
        }
        return (before.map { [$0] } ?? []) + pieces + (after.map { [$0] } ?? [])
    }

    /// How many bytes of whitespace `a` and `b` start with in common.
    private static func commonSpace<A: Sequence<UInt8>, B: Sequence<UInt8>>(_ a: A, _ b: B) -> Int {
        var length = 0
        for (x, y) in zip(a, b) {
            guard x == y, x == 0x20 || x == 0x0A || x == 0x09 || x == 0x0D else { break }
            length += 1
        }
        return length
    }
}

extension [DisplaySegment] {
    /// Appends `piece`, joining it to the last one when both are equal text.
    fileprivate mutating func addDisplayed(_ piece: DisplaySegment) {
        guard !piece.segment.text.isEmpty else { return }
        if piece.segment.op == .equal, let last = last, last.segment.op == .equal {
            self[count - 1].segment.text += piece.segment.text
        } else {
            append(piece)
        }
    }
}

extension String {
    /// Whether the text is only ASCII whitespace.
    var isBlank: Bool {
        utf8.allSatisfy { $0 == 0x20 || $0 == 0x0A || $0 == 0x09 || $0 == 0x0D || $0 == 0x0B || $0 == 0x0C }
    }

    /// The first `count` UTF-8 bytes, which end a character.
    func prefixBytes(_ count: Int) -> String {
        String(Substring(utf8.prefix(count)))
    }

    /// The last `count` UTF-8 bytes, which start a character.
    func suffixBytes(_ count: Int) -> String {
        String(Substring(utf8.suffix(count)))
    }
}
