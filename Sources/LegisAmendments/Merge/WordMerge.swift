import LegisDiff

/// Three-way merge of one stretch of text, word by word.
public enum WordMerge {
    /// One change to the base text: the UTF-8 byte range it replaces and what it puts there.
    struct Hunk: Hashable {
        var range: Range<Int>
        var text: String
    }

    /// The text with both sides' changes to `base`, or nil when they touch the same words
    /// differently (a change and another at the same place, or two insertions at one point).
    public static func merge(base: String, ours: String, theirs: String) -> String? {
        if ours == theirs { return ours }
        if ours == base { return theirs }
        if theirs == base { return ours }
        let left = hunks(base: base, other: ours)
        let right = hunks(base: base, other: theirs)
        var all: [Hunk] = []
        for hunk in left { all.append(hunk) }
        for hunk in right {
            if let clash = left.first(where: { overlaps($0, hunk) }) {
                guard clash == hunk else { return nil }
                continue
            }
            all.append(hunk)
        }
        all.sort { ($0.range.lowerBound, $0.range.upperBound) < ($1.range.lowerBound, $1.range.upperBound) }
        let bytes = Array(base.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var position = 0
        for hunk in all {
            out += bytes[position..<hunk.range.lowerBound]
            out += Array(hunk.text.utf8)
            position = hunk.range.upperBound
        }
        out += bytes[position...]
        return String(decoding: out, as: UTF8.self)
    }

    /// The changes that turn `base` into `other`, each a run of deleted and inserted words.
    static func hunks(base: String, other: String) -> [Hunk] {
        var result: [Hunk] = []
        var position = 0
        var open: Hunk?
        for segment in WordDiff.segments(old: base, new: other) {
            switch segment.op {
            case .equal:
                if let hunk = open { result.append(hunk) }
                open = nil
                position += segment.text.utf8.count
            case .delete:
                var hunk = open ?? Hunk(range: position..<position, text: "")
                position += segment.text.utf8.count
                hunk.range = hunk.range.lowerBound..<position
                open = hunk
            case .insert:
                var hunk = open ?? Hunk(range: position..<position, text: "")
                hunk.text += segment.text
                open = hunk
            }
        }
        if let hunk = open { result.append(hunk) }
        return result
    }

    /// Whether two changes touch the same words: overlapping ranges, an insertion strictly inside
    /// a replaced range, or two insertions at the same point.
    static func overlaps(_ a: Hunk, _ b: Hunk) -> Bool {
        if a.range.isEmpty && b.range.isEmpty { return a.range.lowerBound == b.range.lowerBound }
        if a.range.isEmpty { return b.range.lowerBound < a.range.lowerBound && a.range.lowerBound < b.range.upperBound }
        if b.range.isEmpty { return a.range.lowerBound < b.range.lowerBound && b.range.lowerBound < a.range.upperBound }
        return a.range.lowerBound < b.range.upperBound && b.range.lowerBound < a.range.upperBound
    }
}
