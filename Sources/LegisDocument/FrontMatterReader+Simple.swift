extension FrontMatterReader {
    /// The fields of front matter made only of simple `key: value` lines, read without a YAML
    /// parser; `nil` when any line is more than that, so that Yams reads it (and names any fault).
    ///
    /// A simple line is blank, or an ASCII key (letters, digits, `_`, `-`, not starting with `-`),
    /// a colon and a plain value: empty, or not starting with a YAML indicator and holding no
    /// `:`, `#`, tab, control character or character YAML reads as a line break or refuses.
    /// Such front matter means the same to YAML: each value is its text with the spaces around
    /// it trimmed, and an empty value, `~` or `null` is no value. Repeated keys, which YAML
    /// refuses, and an unknown `kind` go to Yams for their error.
    static func simpleFields(
        _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>
    ) -> FrontMatter? {
        var result = FrontMatter()
        // A set: front matter of tens of thousands of fields must not be read in quadratic time.
        // Keys here are ASCII (`isKeyByte`), so comparing bytes is comparing them.
        var keys = PathKeySet(expecting: 16, asciiOnly: true)
        var lineStart = range.lowerBound
        while lineStart < range.upperBound {
            var lineEnd = lineStart
            while lineEnd < range.upperBound, bytes[lineEnd] != ByteClass.newline { lineEnd += 1 }
            defer { lineStart = lineEnd + 1 }
            var contentEnd = lineEnd
            while contentEnd > lineStart, bytes[contentEnd - 1] == 0x20 { contentEnd -= 1 }
            if contentEnd == lineStart { continue }
            guard isKeyStart(bytes[lineStart]) else { return nil }
            var colon = lineStart + 1
            while colon < contentEnd, isKeyByte(bytes[colon]) { colon += 1 }
            guard colon < contentEnd, bytes[colon] == 0x3A,
                colon + 1 == contentEnd || bytes[colon + 1] == 0x20
            else { return nil }
            var valueStart = colon + 1
            while valueStart < contentEnd, bytes[valueStart] == 0x20 { valueStart += 1 }
            guard isPlainValue(bytes, valueStart..<contentEnd) else { return nil }
            let name = ByteClass.string(bytes, lineStart..<colon)
            guard keys.insert(name, hash: PathKeySet.hash(name)) else { return nil }
            let written = ByteClass.string(bytes, valueStart..<contentEnd)
            let text: String? = ["", "~", "null", "Null", "NULL"].contains(written) ? nil : written
            switch name.lowercased() {
            case "title": result.title = text
            case "status": result.status = text
            case "language": result.language = text
            case "amends": result.amends = text
            case "kind":
                if let text {
                    guard let kind = DocumentKind(rawValue: text.lowercased()) else { return nil }
                    result.kind = kind
                } else {
                    result.kind = nil
                }
            default: if let text { result.addField(name, text) }
            }
        }
        return result
    }

    private static func isKeyStart(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x5F: return true
        default: return false
        }
    }

    private static func isKeyByte(_ byte: UInt8) -> Bool {
        isKeyStart(byte) || byte == 0x2D
    }

    /// Whether `range` (trimmed) is empty or a one-line plain YAML scalar whose text is itself.
    private static func isPlainValue(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        guard let first = range.first.map({ bytes[$0] }) else { return true }
        switch first {
        // - ? : , [ ] { } # & * ! | > ' " % @ `
        case 0x2D, 0x3F, 0x3A, 0x2C, 0x5B, 0x5D, 0x7B, 0x7D, 0x23, 0x26, 0x2A, 0x21, 0x7C, 0x3E,
            0x27, 0x22, 0x25, 0x40, 0x60:
            return false
        default: break
        }
        var i = range.lowerBound
        while i < range.upperBound {
            let byte = bytes[i]
            switch byte {
            case 0x00..<0x20, 0x7F, 0x3A, 0x23: return false
            case 0xC2:
                // C1 controls and NEL.
                if i + 1 < range.upperBound, (0x80...0x9F).contains(bytes[i + 1]) { return false }
            case 0xE2:
                // Line and paragraph separators.
                if i + 2 < range.upperBound, bytes[i + 1] == 0x80, bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9 {
                    return false
                }
            case 0xEF:
                // Byte order mark, U+FFFE and U+FFFF.
                if i + 2 < range.upperBound,
                    (bytes[i + 1] == 0xBB && bytes[i + 2] == 0xBF)
                        || (bytes[i + 1] == 0xBF && (bytes[i + 2] == 0xBE || bytes[i + 2] == 0xBF))
                {
                    return false
                }
            default: break
            }
            i += 1
        }
        return true
    }
}
