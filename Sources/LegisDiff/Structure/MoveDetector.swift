/// Finds text deleted in one place and inserted in another.
enum MoveDetector {
    /// The fewest words a moved span has.
    static let minimumWords = 8
    /// The most candidate places looked at for each run of words.
    static let candidateLimit = 16

    /// Spans of at least ``minimumWords`` words that appear, in the same order, among the
    /// deleted words of one change and the inserted words of another.
    static func spans(deleted: ChangeTally.WordStream, inserted: ChangeTally.WordStream) -> [MovedSpan] {
        let k = minimumWords
        guard deleted.ids.count >= k, inserted.ids.count >= k else { return [] }
        let deletedKeys = shingles(deleted.ids)
        let insertedKeys = shingles(inserted.ids)
        // Open-addressing table from shingle key to the first inserted position with it; later
        // positions with the same key are chained through `next`.
        var capacity = 16
        while capacity < insertedKeys.count * 2 { capacity *= 2 }
        let mask = capacity - 1
        var slots = [Int32](repeating: -1, count: capacity)
        var next = [Int32](repeating: -1, count: insertedKeys.count)
        for p in stride(from: insertedKeys.count - 1, through: 0, by: -1)
        where inserted.changes[p] == inserted.changes[p + k - 1] {
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
            var p = deleted.changes[q] == deleted.changes[q + k - 1] ? first(deletedKeys[q]) : -1
            var best = (start: -1, length: 0)
            var looked = 0
            while p >= 0 && looked < candidateLimit {
                looked += 1
                if !used[p] && inserted.changes[p] != deleted.changes[q] {
                    var length = 0
                    while q + length < deleted.ids.count && p + length < inserted.ids.count
                        && deleted.ids[q + length] == inserted.ids[p + length]
                        && deleted.changes[q + length] == deleted.changes[q]
                        && inserted.changes[p + length] == inserted.changes[p] && !used[p + length]
                    {
                        length += 1
                    }
                    if length > best.length { best = (p, length) }
                }
                p = Int(next[p])
            }
            guard best.length >= k else {
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

    /// The key of each run of ``minimumWords`` ids, by its first position.
    private static func shingles(_ ids: [Int32]) -> [UInt64] {
        let k = minimumWords
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
