/// The tokens of one stretch of text: an id per token and where each token starts.
///
/// Offsets are UTF-8 byte offsets into the whole text the stretch was taken from.
struct TokenList {
    /// The interned id of each token.
    var ids: [Int32] = []
    /// The byte offset where each token starts, followed by the offset where the last one ends.
    var starts: [Int32] = [0]
    /// The ids of the tokens that are not whitespace, in order.
    var wordIds: [Int32] = []
    /// The index in ``ids`` of each of those tokens.
    var wordTokens: [Int32] = []

    var count: Int { ids.count }

    /// Empties the list, keeping its storage.
    mutating func reset() {
        ids.removeAll(keepingCapacity: true)
        starts.removeAll(keepingCapacity: true)
        starts.append(0)
        wordIds.removeAll(keepingCapacity: true)
        wordTokens.removeAll(keepingCapacity: true)
    }

    /// The byte range of tokens `range`.
    func byteRange(_ range: Range<Int>) -> Range<Int> {
        Int(starts[range.lowerBound])..<Int(starts[range.upperBound])
    }

    /// Splits `range` of `bytes` into tokens and appends them, interning each one.
    mutating func tokenize(
        _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, interner: inout TokenInterner
    ) {
        reset()
        starts[0] = Int32(range.lowerBound)
        guard let base = bytes.baseAddress, !range.isEmpty else { return }
        TokenKind.byteClass.withUnsafeBufferPointer { classes in
            var i = range.lowerBound
            let end = range.upperBound
            while i < end {
                let first = bytes[i]
                let kind = classes[Int(first)]
                var j = i + 1
                switch kind {
                case .word, .space:
                    while j < end && classes[Int(bytes[j])] == kind { j += 1 }
                case .punctuation:
                    while j < end && bytes[j] == first { j += 1 }
                }
                let id = interner.intern(base + i, j - i, kind: kind, readable: bytes.count - i)
                if kind != .space {
                    wordIds.append(id)
                    wordTokens.append(Int32(ids.count))
                }
                ids.append(id)
                starts.append(Int32(j))
                i = j
            }
        }
    }
}
