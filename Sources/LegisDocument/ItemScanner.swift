/// Recognises the markers of paragraphs `(1)`, points `1.` and letters `a)`, `aa)`, `(a)`.
///
/// Markers are read at a position in UTF-8 bytes; they are written alike in every supported
/// language.
///
/// A marker must be followed by a blank or the end of the line. Points have at most three digits
/// (so that a year such as `2012.` at the start of a wrapped line is not a point). Letters written
/// `a.` are not recognised: they cannot be told apart from initials and abbreviations.
enum ItemScanner {
    /// A recognised paragraph, point or letter marker.
    struct Match {
        let kind: ProvisionKind
        /// Where the number is written; ``NumberReader/normalized(_:_:)`` gives its text.
        let number: Range<Int>
        /// Whether the letter is doubled (`aa)`), which nests inside a single letter.
        let doubled: Bool
        /// The index after the marker.
        let end: Int
    }

    /// The paragraph, point or letter marker starting exactly at `start`, if any.
    static func match(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, end: Int) -> Match? {
        guard start < end else { return nil }
        let first = bytes[start]
        let found: Match?
        if first == 0x28 {  // (
            found = parenthesised(bytes, start + 1, end)
        } else if ByteClass.isDigit(first) {
            found = point(bytes, start, end)
        } else if ByteClass.isLower(first) {
            found = letter(bytes, start, end, closing: 0x29)
        } else {
            found = nil
        }
        guard let found, found.end == end || ByteClass.isBlank(bytes[found.end]) else { return nil }
        return found
    }

    /// `(1)`, `(2a)`, `(1^1)` as a paragraph; `(a)`, `(aa)` as a letter.
    private static func parenthesised(
        _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int
    ) -> Match? {
        guard start < end else { return nil }
        if ByteClass.isLower(bytes[start]) {
            return letter(bytes, start, end, closing: 0x29)
        }
        guard
            let numberEnd = NumberReader.read(
                bytes, start, end, allowRoman: false, maxDigits: 4, maxLetters: 1),
            numberEnd < end, bytes[numberEnd] == 0x29
        else { return nil }
        return Match(kind: .paragraph, number: start..<numberEnd, doubled: false, end: numberEnd + 1)
    }

    /// `1.`, `12a.`, `3^1.` as a point.
    private static func point(
        _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int
    ) -> Match? {
        guard
            let numberEnd = NumberReader.read(
                bytes, start, end, allowRoman: false, maxDigits: 3, maxLetters: 1),
            numberEnd < end, bytes[numberEnd] == 0x2E
        else { return nil }
        return Match(kind: .point, number: start..<numberEnd, doubled: false, end: numberEnd + 1)
    }

    /// `a)`, `aa)`, `a^1)` as a letter.
    private static func letter(
        _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, closing: UInt8
    ) -> Match? {
        var p = start + 1
        var doubled = false
        if p < end, bytes[p] == bytes[start] {
            p += 1
            doubled = true
        }
        p = NumberReader.skipInsertion(bytes, p, end)
        guard p < end, bytes[p] == closing else { return nil }
        return Match(kind: .letter, number: start..<p, doubled: doubled, end: p + 1)
    }
}
