extension InputValidator {
    /// What ``check(_:)`` found.
    enum Verdict {
        /// ASCII text without NUL.
        case ascii
        /// UTF-8 text without NUL, not all ASCII.
        case unicode
        /// Invalid UTF-8 or a NUL byte; ``validate(_:)`` says where.
        case rejected
    }

    /// Whether `bytes` is UTF-8 text without NUL, and whether it is all ASCII.
    ///
    /// One pass, eight bytes at a time over ASCII text; two-byte characters (`ä`, `§`, `ț`) are
    /// checked inline, longer ones by ``sequenceLength(_:_:)``.
    static func check(_ bytes: UnsafeBufferPointer<UInt8>) -> Verdict {
        guard let base = bytes.baseAddress else { return .ascii }
        let raw = UnsafeRawPointer(base)
        let count = bytes.count
        var isASCII = true
        var i = 0
        while i < count {
            while i + 8 <= count {
                let word = UInt64(
                    littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
                // The high bit of each byte that is 0x80 or more, or (at the lowest flagged
                // byte, which is all that is used) that is zero.
                let flagged =
                    (word | ((word &- 0x0101_0101_0101_0101) & ~word)) & 0x8080_8080_8080_8080
                if flagged != 0 {
                    i += flagged.trailingZeroBitCount >> 3
                    break
                }
                i += 8
            }
            guard i < count else { break }
            let byte = bytes[i]
            if byte >= 0x01 && byte < 0x80 {
                i += 1
                continue
            }
            guard byte != 0 else { return .rejected }
            isASCII = false
            if byte >= 0xC2 && byte <= 0xDF && i + 1 < count && bytes[i + 1] & 0xC0 == 0x80 {
                i += 2
                continue
            }
            let length = sequenceLength(bytes, i)
            guard length > 0 else { return .rejected }
            i += length
        }
        return isASCII ? .ascii : .unicode
    }
}
