/// Reshapes an edit script so that it reads as a person would mark up the text.
///
/// Two passes: a pure insertion or deletion is slid along equal text to the best boundaries
/// (a blank line, then a line end, a sentence end, a space; `the {+new +}contract`, not
/// `the{+ new+} contract`); then a tiny equality between two changes
/// (whitespace, punctuation, or one short word no longer than the changes around it) is folded
/// into them, so `[-foo-]{+bar+} [-baz-]{+qux+}` becomes `[-foo baz-]{+bar qux+}`.
struct SemanticCleanup {
    let old: TokenList
    let new: TokenList
    let kinds: [TokenKind]
    /// The texts the token lists point into.
    let oldBytes: [UInt8]
    let newBytes: [UInt8]

    func apply(_ script: [Edit]) -> [Edit] {
        fold(slide(script))
    }

    private func slide(_ script: [Edit]) -> [Edit] {
        var edits = script
        var i = 1
        while i + 1 < edits.count {
            defer { i += 1 }
            let change = edits[i]
            guard !change.isEqual, edits[i - 1].isEqual, edits[i + 1].isEqual else { continue }
            if change.a.isEmpty {
                let shift = bestShift(
                    of: change.b, in: new, bytes: newBytes, before: edits[i - 1].b, after: edits[i + 1].b)
                if shift != 0 { apply(shift, at: i, in: &edits) }
            } else if change.b.isEmpty {
                let shift = bestShift(
                    of: change.a, in: old, bytes: oldBytes, before: edits[i - 1].a, after: edits[i + 1].a)
                if shift != 0 { apply(shift, at: i, in: &edits) }
            }
        }
        var merged: [Edit] = []
        merged.reserveCapacity(edits.count)
        for edit in edits where !(edit.a.isEmpty && edit.b.isEmpty) {
            if let last = merged.last, last.isEqual == edit.isEqual {
                merged[merged.count - 1] = Edit(
                    a: last.a.lowerBound..<edit.a.upperBound, b: last.b.lowerBound..<edit.b.upperBound,
                    isEqual: last.isEqual)
            } else {
                merged.append(edit)
            }
        }
        return merged
    }

    /// Moves the change at `i` by `shift` tokens, growing one neighbouring equality and shrinking
    /// the other.
    private func apply(_ shift: Int, at i: Int, in edits: inout [Edit]) {
        func moved(_ r: Range<Int>) -> Range<Int> { (r.lowerBound + shift)..<(r.upperBound + shift) }
        edits[i].a = moved(edits[i].a)
        edits[i].b = moved(edits[i].b)
        edits[i - 1].a = edits[i - 1].a.lowerBound..<(edits[i - 1].a.upperBound + shift)
        edits[i - 1].b = edits[i - 1].b.lowerBound..<(edits[i - 1].b.upperBound + shift)
        edits[i + 1].a = (edits[i + 1].a.lowerBound + shift)..<edits[i + 1].a.upperBound
        edits[i + 1].b = (edits[i + 1].b.lowerBound + shift)..<edits[i + 1].b.upperBound
    }

    /// The shift (negative: left) that puts a pure insertion or deletion `range` of `list` on the
    /// best word boundary, staying within the equal runs `before` and `after`.
    private func bestShift(
        of range: Range<Int>, in list: TokenList, bytes: [UInt8], before: Range<Int>, after: Range<Int>
    ) -> Int {
        let ids = list.ids
        var left = 0
        while range.lowerBound + left - 1 >= before.lowerBound
            && ids[range.lowerBound + left - 1] == ids[range.upperBound + left - 1]
        {
            left -= 1
        }
        var right = 0
        while range.upperBound + right < after.upperBound
            && ids[range.lowerBound + right] == ids[range.upperBound + right]
        {
            right += 1
        }
        if left == 0 && right == 0 { return 0 }
        var best = 0
        var bestScore = Int.min
        for shift in left...right {
            let start = range.lowerBound + shift
            let end = range.upperBound + shift
            var score = boundary(start, list, bytes) + boundary(end, list, bytes)
            if kinds[Int(ids[start])] != .space { score += 1 }
            if score > bestScore || (score == bestScore && shift == 0) {
                best = shift
                bestScore = score
            }
        }
        return best
    }

    /// How good a place the boundary before token `index` is to start or end a change: 6 at
    /// the edge, 5 at a blank line, 4 at a line end, 3 after a sentence, 2 at a space, 1 at
    /// punctuation.
    private func boundary(_ index: Int, _ list: TokenList, _ bytes: [UInt8]) -> Int {
        guard index > 0 && index < list.count else { return 6 }
        let left = list.ids[index - 1]
        let right = list.ids[index]
        if left == TokenInterner.paragraphBreak || right == TokenInterner.paragraphBreak { return 5 }
        let leftKind = kinds[Int(left)]
        let rightKind = kinds[Int(right)]
        func hasNewline(_ token: Int) -> Bool {
            bytes[Int(list.starts[token])..<Int(list.starts[token + 1])].contains(0x0A)
        }
        if (leftKind == .space && hasNewline(index - 1)) || (rightKind == .space && hasNewline(index)) { return 4 }
        if leftKind == .space && index >= 2 && kinds[Int(list.ids[index - 2])] == .punctuation {
            let mark = bytes[Int(list.starts[index - 2])]
            if mark == 0x2E || mark == 0x3B || mark == 0x3A || mark == 0x21 || mark == 0x3F { return 3 }
        }
        if leftKind == .space || rightKind == .space { return 2 }
        if leftKind == .punctuation || rightKind == .punctuation { return 1 }
        return 0
    }

    private func fold(_ script: [Edit]) -> [Edit] {
        var result: [Edit] = []
        result.reserveCapacity(script.count)
        for edit in script {
            if !edit.isEqual, result.count >= 2, result[result.count - 1].isEqual,
                !result[result.count - 2].isEqual,
                isFoldable(result[result.count - 1], between: result[result.count - 2], and: edit)
            {
                let first = result[result.count - 2]
                result.removeLast(2)
                result.append(
                    Edit(
                        a: first.a.lowerBound..<edit.a.upperBound,
                        b: first.b.lowerBound..<edit.b.upperBound, isEqual: false))
            } else {
                result.append(edit)
            }
        }
        return result
    }

    private func isFoldable(_ equal: Edit, between first: Edit, and second: Edit) -> Bool {
        guard equal.a.count <= 3 else { return false }
        var words = 0
        for i in equal.a {
            let id = old.ids[i]
            if id == TokenInterner.paragraphBreak { return false }
            if kinds[Int(id)] == .word { words += 1 }
        }
        if words > 1 { return false }
        guard hasText(first), hasText(second) else { return false }
        if words == 0 { return true }
        let size = old.byteRange(equal.a).count
        return size <= max(old.byteRange(first.a).count, new.byteRange(first.b).count)
            && size <= max(old.byteRange(second.a).count, new.byteRange(second.b).count)
    }

    /// Whether a change deletes or inserts anything but whitespace.
    private func hasText(_ change: Edit) -> Bool {
        for i in change.a where kinds[Int(old.ids[i])] != .space { return true }
        for i in change.b where kinds[Int(new.ids[i])] != .space { return true }
        return false
    }
}
