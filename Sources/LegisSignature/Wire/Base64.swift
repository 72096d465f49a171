/// Strict standard base64 (RFC 4648, with padding), without Foundation.
enum Base64 {
    private static let alphabet: [UInt8] = Array(
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

    private static let decodeTable: [UInt8] = {
        var table = [UInt8](repeating: 0xFF, count: 256)
        for (index, symbol) in alphabet.enumerated() {
            table[Int(symbol)] = UInt8(index)
        }
        return table
    }()

    /// Encodes bytes, with `=` padding unless `padded` is false.
    static func encode(_ bytes: [UInt8], padded: Bool = true) -> String {
        var out: [UInt8] = []
        out.reserveCapacity((bytes.count + 2) / 3 * 4)
        var index = 0
        while index + 3 <= bytes.count {
            let chunk = UInt32(bytes[index]) << 16 | UInt32(bytes[index + 1]) << 8 | UInt32(bytes[index + 2])
            out.append(alphabet[Int(chunk >> 18 & 63)])
            out.append(alphabet[Int(chunk >> 12 & 63)])
            out.append(alphabet[Int(chunk >> 6 & 63)])
            out.append(alphabet[Int(chunk & 63)])
            index += 3
        }
        let rest = bytes.count - index
        if rest == 1 {
            let chunk = UInt32(bytes[index]) << 16
            out.append(alphabet[Int(chunk >> 18 & 63)])
            out.append(alphabet[Int(chunk >> 12 & 63)])
            if padded { out.append(contentsOf: [61, 61]) }
        } else if rest == 2 {
            let chunk = UInt32(bytes[index]) << 16 | UInt32(bytes[index + 1]) << 8
            out.append(alphabet[Int(chunk >> 18 & 63)])
            out.append(alphabet[Int(chunk >> 12 & 63)])
            out.append(alphabet[Int(chunk >> 6 & 63)])
            if padded { out.append(61) }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Decodes padded base64; nil when the text has a character outside the alphabet, a wrong
    /// length, misplaced padding or non-zero bits after the last byte.
    static func decode(_ text: some Collection<UInt8>) -> [UInt8]? {
        guard text.count % 4 == 0 else { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(text.count / 4 * 3)
        var quantum: UInt32 = 0
        var filled = 0
        var padding = 0
        for symbol in text {
            if symbol == 61 {
                padding += 1
                quantum <<= 6
                filled += 1
            } else {
                let value = decodeTable[Int(symbol)]
                guard value != 0xFF, padding == 0 else { return nil }
                quantum = quantum << 6 | UInt32(value)
                filled += 1
            }
            if filled == 4 {
                out.append(UInt8(truncatingIfNeeded: quantum >> 16))
                out.append(UInt8(truncatingIfNeeded: quantum >> 8))
                out.append(UInt8(truncatingIfNeeded: quantum))
                quantum = 0
                filled = 0
            }
        }
        guard padding <= 2 else { return nil }
        if padding > 0 {
            // Padding is only valid in the final quantum, and the bits it hides must be zero.
            let tail = Array(text.suffix(4))
            guard padding == 1 ? tail[3] == 61 && tail[2] != 61 : tail[2] == 61 && tail[3] == 61 else {
                return nil
            }
            let lastValue = decodeTable[Int(tail[3 - padding])]
            let unusedBits: UInt8 = padding == 1 ? 0b11 : 0b1111
            guard lastValue & unusedBits == 0 else { return nil }
            out.removeLast(padding)
        }
        return out
    }
}
