/// A fingerprint of a piece's wording that ignores its number and its line wrapping, so that a
/// renumbered provision has the same key as before.
enum ContentKey {
    /// The key of `range` of `bytes`, leaving out the first occurrence of `label` near the start,
    /// and the number of words it holds; the key is `nil` when nothing but the label and
    /// whitespace is there.
    static func of(_ bytes: [UInt8], _ range: Range<Int>, label: String?) -> (key: UInt64?, words: Int) {
        bytes.withUnsafeBufferPointer { of($0, range, label: label) }
    }

    /// The key and word count of `range` of `bytes`, read in place.
    static func of(
        _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, label: String?
    ) -> (key: UInt64?, words: Int) {
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
            var runEnd = runEnd(bytes, from: i + 1, before: end)
            if skipStart > i && skipStart < runEnd { runEnd = skipStart }
            words += 1
            hash = ByteHash.mix(hash, base + i, runEnd - i, readable: bytes.count - i)
            i = runEnd
        }
        return (words > 0 ? hash : nil, words)
    }

    /// The first offset from `start` (before `end`) that holds whitespace, or `end`: eight bytes
    /// at a time while no byte of them is at or below a space.
    private static func runEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, before end: Int) -> Int {
        guard let base = bytes.baseAddress else { return end }
        var i = start
        while i + 8 <= end {
            let word = UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
            // The high bit of each byte below 0x21; the lowest one flagged is exact.
            let low = (word &- 0x2121_2121_2121_2121) & ~word & 0x8080_8080_8080_8080
            if low == 0 {
                i += 8
                continue
            }
            i += low.trailingZeroBitCount / 8
            if isSpace(bytes[i]) { return i }
            i += 1
        }
        while i < end && !isSpace(bytes[i]) { i += 1 }
        return i
    }

    /// Whether `byte` is ASCII whitespace (space, tab, line feed, carriage return, VT, FF).
    private static func isSpace(_ byte: UInt8) -> Bool {
        byte <= 0x20 && (byte == 0x20 || (byte >= 0x09 && byte <= 0x0D))
    }

    /// Where `label` first stands near the start of `range`.
    static func labelRange(
        _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, label: String?
    ) -> Range<Int>? {
        guard var label, !label.isEmpty else { return nil }
        return label.withUTF8 { find($0, in: bytes, range) }
    }

    /// Where `needle` first starts within the first 256 bytes of `range`.
    private static func find(
        _ needle: UnsafeBufferPointer<UInt8>, in bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>
    ) -> Range<Int>? {
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
