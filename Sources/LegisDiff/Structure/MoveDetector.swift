/// Finds text deleted in one place and inserted in another.
enum MoveDetector {
    /// The fewest words a moved span has, unless it is a whole sentence.
    static let minimumWords = 8
    /// The fewest words a moved whole sentence has.
    static let minimumSentenceWords = 3
    /// The most candidate places looked at for each run of words.
    static let candidateLimit = 16

    /// Spans that appear, in the same order, among the deleted words of one change and the
    /// inserted words of another (or of the same change, when they lie in provisions that do not
    /// correspond): at least ``minimumWords`` words, or a whole sentence of at least
    /// ``minimumSentenceWords`` words on both sides.
    ///
    /// `corresponds(i, j)` tells whether old piece `i` and new piece `j` are the same provision;
    /// `old` and `new` are the sources the word ranges point into.
    static func spans(
        deleted: ChangeTally.WordStream, inserted: ChangeTally.WordStream, old: [UInt8], new: [UInt8],
        corresponds: (Int, Int) -> Bool
    ) -> [MovedSpan] {
        let k = minimumSentenceWords
        guard deleted.ids.count >= k, inserted.ids.count >= k else { return [] }
        let deletedKeys = shingles(deleted.ids)
        let insertedKeys = shingles(inserted.ids)
        func uniform(_ stream: ChangeTally.WordStream, _ p: Int) -> Bool {
            stream.changes[p] == stream.changes[p + k - 1] && stream.pieces[p] == stream.pieces[p + k - 1]
        }
        // Open-addressing table from shingle key to the first inserted position with it; later
        // positions with the same key are chained through `next`.
        var capacity = 16
        while capacity < insertedKeys.count * 2 { capacity *= 2 }
        let mask = capacity - 1
        var slots = [Int32](repeating: -1, count: capacity)
        var next = [Int32](repeating: -1, count: insertedKeys.count)
        for p in stride(from: insertedKeys.count - 1, through: 0, by: -1) where uniform(inserted, p) {
            var slot = Int(truncatingIfNeeded: insertedKeys[p]) & mask
            while slots[slot] >= 0 && insertedKeys[Int(slots[slot])] != insertedKeys[p] { slot = (slot + 1) & mask }
            next[p] = slots[slot]
            slots[slot] = Int32(p)
        }
        func first(_ key: UInt64) -> Int {
            var slot = Int(truncatingIfNeeded: key) & mask
            while slots[slot] >= 0 {
                if insertedKeys[Int(slots[slot])] == key { return Int(slots[slot]) }
                slot = (slot + 1) & mask
            }
            return -1
        }
        var used = [Bool](repeating: false, count: inserted.ids.count)
        var spans: [MovedSpan] = []
        var q = 0
        while q < deletedKeys.count {
            var p = uniform(deleted, q) ? first(deletedKeys[q]) : -1
            var best = (start: -1, length: 0)
            var looked = 0
            while p >= 0 && looked < candidateLimit {
                looked += 1
                let elsewhere =
                    inserted.changes[p] != deleted.changes[q]
                    || !corresponds(Int(deleted.pieces[q]), Int(inserted.pieces[p]))
                if !used[p] && elsewhere {
                    var length = 0
                    while q + length < deleted.ids.count && p + length < inserted.ids.count
                        && deleted.ids[q + length] == inserted.ids[p + length]
                        && deleted.changes[q + length] == deleted.changes[q]
                        && deleted.pieces[q + length] == deleted.pieces[q]
                        && inserted.changes[p + length] == inserted.changes[p]
                        && inserted.pieces[p + length] == inserted.pieces[p] && !used[p + length]
                    {
                        length += 1
                    }
                    let qualifies =
                        length >= minimumWords
                        || (length >= k
                            && isSentence(old, deleted.ranges[q].lowerBound..<deleted.ranges[q + length - 1].upperBound)
                            && isSentence(new, inserted.ranges[p].lowerBound..<inserted.ranges[p + length - 1].upperBound))
                    if qualifies && length > best.length { best = (p, length) }
                }
                p = Int(next[p])
            }
            guard best.length > 0 else {
                q += 1
                continue
            }
            for i in best.start..<(best.start + best.length) { used[i] = true }
            spans.append(
                MovedSpan(
                    old: deleted.ranges[q].lowerBound..<deleted.ranges[q + best.length - 1].upperBound,
                    new: inserted.ranges[best.start]
                        .lowerBound..<inserted.ranges[best.start + best.length - 1].upperBound,
                    words: best.length))
            q += best.length
        }
        return spans
    }

    /// Whether the words in `range` of `bytes` make a whole sentence: the text before them ends a
    /// sentence or a marker (`.`, `;`, `:`, `!`, `?`, `)`, or nothing but whitespace), and a full
    /// stop, semicolon, exclamation or question mark follows them.
    static func isSentence(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        guard range.upperBound < bytes.count else { return false }
        switch bytes[range.upperBound] {
        case 0x2E, 0x3B, 0x21, 0x3F: break
        default: return false
        }
        var p = range.lowerBound - 1
        while p >= 0, bytes[p] == 0x20 || bytes[p] == 0x09 || bytes[p] == 0x0A || bytes[p] == 0x0D { p -= 1 }
        guard p >= 0 else { return true }
        switch bytes[p] {
        case 0x2E, 0x3B, 0x3A, 0x21, 0x3F, 0x29: return true
        default: return bytes[p] == 0x23
        }
    }

    /// The key of each run of ``minimumSentenceWords`` ids, by its first position.
    private static func shingles(_ ids: [Int32]) -> [UInt64] {
        let k = minimumSentenceWords
        guard ids.count >= k else { return [] }
        var keys = [UInt64](repeating: 0, count: ids.count - k + 1)
        for p in 0..<keys.count {
            var hash: UInt64 = 14_695_981_039_346_656_037
            for i in p..<(p + k) { hash = (hash ^ UInt64(UInt32(bitPattern: ids[i]))) &* 1_099_511_628_211 }
            keys[p] = hash ^ (hash >> 29)
        }
        return keys
    }
}
