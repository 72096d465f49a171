/// Byte-level helpers shared by the scanners, on UTF-8 code units.
package enum ByteClass {
    static let space: UInt8 = 0x20
    static let tab: UInt8 = 0x09
    static let newline: UInt8 = 0x0A
    static let carriageReturn: UInt8 = 0x0D

    static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    static func isLower(_ byte: UInt8) -> Bool { byte >= 0x61 && byte <= 0x7A }
    static func isUpper(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }
    static func isBlank(_ byte: UInt8) -> Bool { byte == space || byte == tab }

    /// Whether `byte` may follow a number: anything but an ASCII letter, digit, `^` or `_`.
    static func endsWord(_ byte: UInt8) -> Bool {
        !(isDigit(byte) || isLower(byte) || isUpper(byte) || byte == 0x5E || byte == 0x5F)
    }

    /// The index after the blanks starting at `index`.
    static func skipBlanks(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, _ end: Int) -> Int {
        var index = index
        while index < end, isBlank(bytes[index]) { index += 1 }
        return index
    }

    /// The index of the first newline at or after `start`, or `end` when there is none.
    ///
    /// Eight bytes at a time: lines are short, so this beats a call to `memchr` per line.
    static func lineEnd(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int {
        guard let base = bytes.baseAddress else { return end }
        let raw = UnsafeRawPointer(base)
        var index = start
        while index + 8 <= end {
            let word =
                UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                ^ 0x0A0A_0A0A_0A0A_0A0A
            // The high bit of each zero byte, that is of each newline; the lowest one is exact.
            let found = (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080
            if found != 0 { return index + found.trailingZeroBitCount >> 3 }
            index += 8
        }
        while index < end, bytes[index] != newline { index += 1 }
        return index
    }

    /// `end` moved back over trailing blanks, not before `start`.
    static func trimEnd(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int {
        var end = end
        while end > start, isBlank(bytes[end - 1]) { end -= 1 }
        return end
    }

    /// The superscript digit (`¹`, `⁴`) at `index` as an ASCII digit, with its length in bytes.
    static func superscriptDigit(
        _ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, _ end: Int
    ) -> (digit: UInt8, length: Int)? {
        guard index + 1 < end else { return nil }
        let first = bytes[index]
        let second = bytes[index + 1]
        if first == 0xC2 {
            switch second {
            case 0xB9: return (0x31, 2)
            case 0xB2: return (0x32, 2)
            case 0xB3: return (0x33, 2)
            default: return nil
            }
        }
        guard first == 0xE2, second == 0x81, index + 2 < end else { return nil }
        let third = bytes[index + 2]
        if third == 0xB0 { return (0x30, 3) }
        if third >= 0xB4 && third <= 0xB9 { return (0x30 + third - 0xB0, 3) }
        return nil
    }
}
