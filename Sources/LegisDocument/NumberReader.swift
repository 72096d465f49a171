/// Reads provision numbers in UTF-8 bytes and normalises them.
///
/// A number is Arabic digits with up to three lowercase letters (`5`, `16a`, `1631d`) or Roman
/// numerals in capitals (`IV`), optionally followed by an insertion index written `^1` or as
/// superscript digits (`7¹`), which is normalised to `^1`: `7^1`.
enum NumberReader {
    /// The index after the number at `index`, or `nil` if none is there or it runs into a letter
    /// or digit.
    ///
    /// ``normalized(_:_:)`` gives the number's text.
    static func read(
        _ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, _ end: Int,
        allowRoman: Bool = true, maxDigits: Int = 6, maxLetters: Int = 3
    ) -> Int? {
        guard index < end else { return nil }
        var p = index
        if ByteClass.isDigit(bytes[p]) {
            while p < end, ByteClass.isDigit(bytes[p]) { p += 1 }
            guard p - index <= maxDigits else { return nil }
            var letters = 0
            while p < end, ByteClass.isLower(bytes[p]), letters < maxLetters {
                p += 1
                letters += 1
            }
        } else if allowRoman, isRoman(bytes[p]) {
            while p < end, isRoman(bytes[p]) { p += 1 }
        } else {
            return nil
        }
        p = skipInsertion(bytes, p, end)
        guard p == end || ByteClass.endsWord(bytes[p]) else { return nil }
        return p
    }

    /// The index after an insertion index (`^1`, `¹`) at `index` (unchanged when there is none).
    @inline(__always)
    static func skipInsertion(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, _ end: Int) -> Int {
        // Most numbers have none: `^` or the first byte of a superscript digit comes next.
        guard index < end, bytes[index] == 0x5E || bytes[index] == 0xC2 || bytes[index] == 0xE2
        else { return index }
        var p = index
        if p + 1 < end, bytes[p] == 0x5E, ByteClass.isDigit(bytes[p + 1]) {
            p += 1
            while p < end, ByteClass.isDigit(bytes[p]) { p += 1 }
        } else {
            while let next = ByteClass.superscriptDigit(bytes, p, end) { p += next.length }
        }
        return p
    }

    /// The number written in `range` (ASCII, then maybe superscript digits), with superscript
    /// digits as `^` and ASCII digits: `7¹` becomes `7^1`.
    static func normalized(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        var p = range.lowerBound
        while p < range.upperBound, bytes[p] < 0x80 { p += 1 }
        guard p < range.upperBound else { return ByteClass.string(bytes, range) }
        var out = Array(bytes[range.lowerBound..<p])
        out.append(0x5E)
        while let next = ByteClass.superscriptDigit(bytes, p, range.upperBound) {
            out.append(next.digit)
            p += next.length
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func isRoman(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x49, 0x56, 0x58, 0x4C, 0x43, 0x44, 0x4D: true  // I V X L C D M
        default: false
        }
    }
}
