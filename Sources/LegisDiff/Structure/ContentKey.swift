/// A fingerprint of a piece's wording that ignores its number and its line wrapping, so that a
/// renumbered provision has the same key as before.
enum ContentKey {
    /// The key of `range` of `bytes`, leaving out the first occurrence of `label` near the start,
    /// and the number of words it holds; the key is `nil` when nothing but the label and
    /// whitespace is there.
    static func of(_ bytes: [UInt8], _ range: Range<Int>, label: String?) -> (key: UInt64?, words: Int) {
        bytes.withUnsafeBufferPointer { bytes in
            let skip = labelRange(bytes, range, label: label)
            var hash: UInt64 = 14_695_981_039_346_656_037
            var pendingSpace = false
            var any = false
            var words = 0
            var inWord = false
            var i = range.lowerBound
            while i < range.upperBound {
                if let skip, i == skip.lowerBound {
                    i = skip.upperBound
                    pendingSpace = true
                    inWord = false
                    continue
                }
                let byte = bytes[i]
                i += 1
                if byte <= 0x20
                    && (byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0B || byte == 0x0C)
                {
                    pendingSpace = true
                    inWord = false
                    continue
                }
                if !inWord {
                    inWord = true
                    words += 1
                }
                if pendingSpace && any { hash = (hash ^ 0x20) &* 1_099_511_628_211 }
                pendingSpace = false
                any = true
                hash = (hash ^ UInt64(byte)) &* 1_099_511_628_211
            }
            return (any ? hash : nil, words)
        }
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
