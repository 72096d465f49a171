/// A text cut into runs of non-space characters, with their UTF-8 byte ranges.
struct WordTokens {
    /// The byte range of each token.
    var ranges: [Range<Int>]
    /// Each token's text.
    var words: [String]

    init(_ text: String) {
        let bytes = Array(text.utf8)
        var ranges: [Range<Int>] = []
        var start: Int?
        for (index, byte) in bytes.enumerated() {
            if Self.isSpace(byte) {
                if let open = start { ranges.append(open..<index) }
                start = nil
            } else if start == nil {
                start = index
            }
        }
        if let open = start { ranges.append(open..<bytes.count) }
        self.ranges = ranges
        words = ranges.map { String(decoding: bytes[$0], as: UTF8.self) }
    }

    /// The words of a text.
    static func words(of text: String) -> [String] { WordTokens(text).words }

    static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }

    /// Every run of tokens equal to `wanted`, as token index ranges.
    func occurrences(of wanted: [String]) -> [Range<Int>] {
        guard !wanted.isEmpty, wanted.count <= words.count else { return [] }
        var result: [Range<Int>] = []
        for start in 0...(words.count - wanted.count) where words[start] == wanted[0] {
            if Array(words[start..<(start + wanted.count)]) == wanted { result.append(start..<(start + wanted.count)) }
        }
        return result
    }

    /// The bytes covered by a run of tokens.
    func byteRange(_ tokens: Range<Int>) -> Range<Int> {
        ranges[tokens.lowerBound].lowerBound..<ranges[tokens.upperBound - 1].upperBound
    }
}
