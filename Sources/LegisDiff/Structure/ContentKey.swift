/// A fingerprint of a piece's wording that ignores its number and its line wrapping, so that a
/// renumbered provision has the same key as before.
enum ContentKey {
    /// The key of `range` of `bytes`, leaving out the first occurrence of `label` near the start,
    /// and the number of words it holds; the key is `nil` when nothing but the label and
    /// whitespace is there.
    static func of(_ bytes: [UInt8], _ range: Range<Int>, label: String?) -> (key: UInt64?, words: Int) {
        bytes.withUnsafeBufferPointer { bytes in
            guard let base = bytes.baseAddress else { return (nil, 0) }
            let skip = labelRange(bytes, range, label: label)
            // Each run of non-whitespace is hashed eight bytes at a time and closed by its
            // length, so that the runs, not the whitespace between them, make the key.
            let skipStart = skip?.lowerBound ?? -1
            var hash: UInt64 = 14_695_981_039_346_656_037
            var words = 0
            var i = range.lowerBound
            let end = range.upperBound
            while i < end {
                if i == skipStart, let skip {
                    i = skip.upperBound
                    continue
                }
                if isSpace(bytes[i]) {
                    i += 1
                    continue
                }
                var runEnd = i + 1
                while runEnd < end && runEnd != skipStart && !isSpace(bytes[runEnd]) { runEnd += 1 }
                words += 1
                hash = ByteHash.mix(hash, base + i, runEnd - i)
                i = runEnd
            }
            return (words > 0 ? hash : nil, words)
        }
    }

    /// Whether `byte` is ASCII whitespace (space, tab, line feed, carriage return, VT, FF).
    private static func isSpace(_ byte: UInt8) -> Bool {
        byte <= 0x20 && (byte == 0x20 || (byte >= 0x09 && byte <= 0x0D))
    }


    private static func labelRange(
        _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, label: String?
    ) -> Range<Int>? {
        guard let label, !label.isEmpty else { return nil }
        let needle = Array(label.utf8)
        let limit = min(range.upperBound, range.lowerBound + 256) - needle.count
        guard limit >= range.lowerBound else { return nil }
        for start in range.lowerBound...limit where bytes[start] == needle[0] {
            var matched = true
            for k in 1..<needle.count where bytes[start + k] != needle[k] {
                matched = false
                break
            }
            if matched { return start..<(start + needle.count) }
        }
        return nil
    }
}
