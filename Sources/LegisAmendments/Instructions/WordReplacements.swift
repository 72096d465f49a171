public import LegisDocument

/// "The words X are replaced by Y" instructions for a provision whose own text changed in a few
/// words: each change widened to whole words, then to neighbouring words until what it quotes
/// occurs once in the provision.
enum WordReplacements {
    /// The instructions, or nil when replacing the provision whole is the faithful (or smaller)
    /// unit: most of it changed, many places changed, or a change spans a line break that
    /// matters (a heading, a blank line) or would need quotation marks.
    static func instructions(target: ProvisionPath, old: String, new: String) -> [Instruction]? {
        let hunks = WordMerge.hunks(base: old, other: new).filter { hunk in
            let bytes = Array(old.utf8)[hunk.range]
            return !(bytes.allSatisfy(WordTokens.isSpace) && hunk.text.utf8.allSatisfy(WordTokens.isSpace))
        }
        guard !hunks.isEmpty, hunks.count <= 4 else { return nil }
        let tokens = WordTokens(old)
        guard !tokens.words.isEmpty else { return nil }
        let changedWords = hunks.reduce(0) { total, hunk in
            total + tokens.ranges.filter { $0.overlaps(hunk.range) }.count + WordTokens.words(of: hunk.text).count
        }
        guard changedWords * 2 <= tokens.words.count * 2 - changedWords || tokens.words.count >= 12 && changedWords * 2 <= tokens.words.count
        else { return nil }

        // Each hunk as a run of tokens, widened until unique, then runs that meet merged.
        var spans: [(tokens: Range<Int>, hunks: [WordMerge.Hunk])] = []
        for hunk in hunks {
            guard var run = covering(hunk.range, tokens) else { return nil }
            while tokens.occurrences(of: Array(tokens.words[run])).count != 1 {
                guard run.lowerBound > 0 || run.upperBound < tokens.words.count else { return nil }
                if run.upperBound < tokens.words.count { run = run.lowerBound..<(run.upperBound + 1) }
                if tokens.occurrences(of: Array(tokens.words[run])).count == 1 { break }
                if run.lowerBound > 0 { run = (run.lowerBound - 1)..<run.upperBound }
            }
            if let last = spans.last, last.tokens.upperBound >= run.lowerBound {
                spans[spans.count - 1] = (min(last.tokens.lowerBound, run.lowerBound)..<max(last.tokens.upperBound, run.upperBound), last.hunks + [hunk])
            } else {
                spans.append((run, [hunk]))
            }
        }
        let bytes = Array(old.utf8)
        var result: [Instruction] = []
        for span in spans {
            let range = tokens.byteRange(span.tokens)
            var replaced: [UInt8] = []
            var position = range.lowerBound
            for hunk in span.hunks {
                guard hunk.range.lowerBound >= position, hunk.range.upperBound <= range.upperBound else { return nil }
                replaced += bytes[position..<hunk.range.lowerBound]
                replaced += Array(hunk.text.utf8)
                position = hunk.range.upperBound
            }
            replaced += bytes[position..<range.upperBound]
            let oldText = String(decoding: bytes[range], as: UTF8.self)
            let newText = String(decoding: replaced, as: UTF8.self)
            guard isInline(oldText), isInline(newText) else { return nil }
            result.append(
                .replaceWords(
                    target: target, old: WordTokens.words(of: oldText).joined(separator: " "),
                    new: WordTokens.words(of: newText).joined(separator: " ")))
        }
        // Carried out in order, each quote must still be found once.
        var text = old
        for case .replaceWords(_, let from, let to) in result {
            guard let next = try? InstructionApplier.replace(from, with: to, in: text, line: 0, name: "") else { return nil }
            text = next
        }
        guard WordTokens.words(of: text) == WordTokens.words(of: new) else { return nil }
        return result
    }

    /// The run of tokens a change touches; for an insertion between tokens, the tokens either side.
    private static func covering(_ range: Range<Int>, _ tokens: WordTokens) -> Range<Int>? {
        let count = tokens.ranges.count
        if range.isEmpty {
            if let inside = tokens.ranges.firstIndex(where: { $0.lowerBound < range.lowerBound && range.lowerBound < $0.upperBound }) {
                return inside..<(inside + 1)
            }
            let before = tokens.ranges.lastIndex { $0.upperBound <= range.lowerBound }
            let after = tokens.ranges.firstIndex { $0.lowerBound >= range.lowerBound }
            switch (before, after) {
            case (let b?, let a?): return b..<(a + 1)
            case (let b?, nil): return b..<(b + 1)
            case (nil, let a?): return a..<(a + 1)
            default: return nil
            }
        }
        guard let first = tokens.ranges.firstIndex(where: { $0.upperBound > range.lowerBound }),
            let last = tokens.ranges.lastIndex(where: { $0.lowerBound < range.upperBound }), first <= last, last < count
        else {
            // Only spaces changed between two tokens: quote them both.
            let before = tokens.ranges.lastIndex { $0.upperBound <= range.lowerBound }
            let after = tokens.ranges.firstIndex { $0.lowerBound >= range.upperBound }
            if let before, let after { return before..<(after + 1) }
            return nil
        }
        return first..<(last + 1)
    }

    /// Whether a quoted stretch can stand on one line: no blank line or heading inside, no
    /// quotation marks, no line that starts a new provision.
    private static func isInline(_ text: String) -> Bool {
        if text.contains("\n\n") || text.contains("\n#") { return false }
        let quoteMarks: Set<Character> = ["‘", "’", "„", "”", "“", "\"", "'"]
        if text.contains(where: { quoteMarks.contains($0) }) { return false }
        return true
    }
}
