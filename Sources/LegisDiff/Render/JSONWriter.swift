import LegisDocument

/// Writes JSON bytes by hand: fixed key order, strings escaped as RFC 8259 requires.
struct JSONWriter {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int) { bytes.reserveCapacity(capacity) }

    /// Appends what `other` wrote.
    mutating func append(_ other: JSONWriter) {
        bytes.append(contentsOf: other.bytes)
    }

    mutating func raw(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// Writes `value` in decimal digits, without making a string of it.
    mutating func number(_ value: Int) {
        if value < 0 { bytes.append(0x2D) }
        var magnitude = value.magnitude
        // Twenty digits hold any 64-bit magnitude; filled from the end.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var start = 20
            repeat {
                start -= 1
                digits[start] = 0x30 + UInt8(magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: digits[start..<20]))
        }
    }

    /// Writes `value` as a JSON string: quote, backslash and control characters escaped,
    /// everything else (non-ASCII included) as UTF-8.
    mutating func string(_ value: String) {
        bytes.append(0x22)
        escaped(value)
        bytes.append(0x22)
    }

    /// Writes `parts` joined by `separator` (a plain ASCII byte) as one JSON string, without
    /// joining them into a string first.
    mutating func string(joining parts: [String], separator: UInt8) {
        bytes.append(0x22)
        for index in parts.indices {
            if index > 0 { bytes.append(separator) }
            escaped(parts[index])
        }
        bytes.append(0x22)
    }

    /// Writes the text of `value`, escaped for a JSON string, without the quotes.
    private mutating func escaped(_ value: String) {
        var value = value
        value.withUTF8 { text in
            guard let base = text.baseAddress else { return }
            let count = text.count
            var runStart = 0
            var i = 0
            while i < count {
                // Skip eight plain bytes at a time: none below 0x20, no quote, no backslash.
                if i + 8 <= count {
                    let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                    if !Self.mayNeedEscape(word) {
                        i += 8
                        continue
                    }
                }
                let byte = base[i]
                guard byte < 0x20 || byte == 0x22 || byte == 0x5C else {
                    i += 1
                    continue
                }
                bytes.append(contentsOf: UnsafeBufferPointer(start: base + runStart, count: i - runStart))
                i += 1
                runStart = i
                bytes.append(0x5C)
                switch byte {
                case 0x22, 0x5C: bytes.append(byte)
                case 0x0A: bytes.append(0x6E)
                case 0x0D: bytes.append(0x72)
                case 0x09: bytes.append(0x74)
                case 0x08: bytes.append(0x62)
                case 0x0C: bytes.append(0x66)
                default:
                    bytes.append(0x75)
                    bytes.append(0x30)
                    bytes.append(0x30)
                    bytes.append(Self.hex[Int(byte >> 4)])
                    bytes.append(Self.hex[Int(byte & 0xF)])
                }
            }
            bytes.append(contentsOf: UnsafeBufferPointer(start: base + runStart, count: count - runStart))
        }
    }

    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    /// Whether any of the eight bytes of `word` may need escaping (false positives are fine).
    private static func mayNeedEscape(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        func hasZero(_ v: UInt64) -> Bool { (v &- ones) & ~v & highs != 0 }
        let below = (word &- ones &* 0x20) & ~word & highs != 0
        return below || hasZero(word ^ (ones &* 0x22)) || hasZero(word ^ (ones &* 0x5C))
    }

    mutating func optionalString(_ value: String?) {
        if let value { string(value) } else { raw("null") }
    }

    /// Writes `path` as its JSON string (`"art-5/par-2"`), or `null`.
    mutating func path(_ path: ProvisionPath?) {
        if let path { string(joining: path.components, separator: 0x2F) } else { raw("null") }
    }

    mutating func range(_ value: Range<Int>?) {
        guard let value else { return raw("null") }
        raw("[")
        number(value.lowerBound)
        raw(",")
        number(value.upperBound)
        raw("]")
    }
}
