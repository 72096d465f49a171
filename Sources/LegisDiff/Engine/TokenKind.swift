/// The class of a token: a run of word bytes, a run of one punctuation byte, or a run of
/// whitespace.
enum TokenKind: UInt8, Sendable {
    case word
    case punctuation
    case space

    /// The class of each byte value: ASCII letters and digits and every non-ASCII byte are word
    /// bytes (so that `ä`, `ș`, `§` join the word they touch), ASCII whitespace is space, and any
    /// other ASCII byte is punctuation.
    static let byteClass: [TokenKind] = (0..<256).map { value in
        switch value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x80...0xFF: .word
        case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D: .space
        default: .punctuation
        }
    }
}
