/// Lower-case hexadecimal encoding and checks.
enum Hex {
    private static let digits: [UInt8] = Array("0123456789abcdef".utf8)

    /// Encodes bytes as lower-case hex.
    static func encode(_ bytes: some Sequence<UInt8>) -> String {
        var out: [UInt8] = []
        for byte in bytes {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Whether `text` is lower-case hex of one of the given lengths.
    static func isLowercaseHex(_ text: some StringProtocol, lengths: [Int]) -> Bool {
        let utf8 = text.utf8
        guard lengths.contains(utf8.count) else { return false }
        return utf8.allSatisfy { (48...57).contains($0) || (97...102).contains($0) }
    }

    /// Whether `text` is a git object id: 40 (SHA-1) or 64 (SHA-256) lower-case hex digits.
    static func isObjectID(_ text: some StringProtocol) -> Bool {
        isLowercaseHex(text, lengths: [40, 64])
    }
}
