/// Recognises the marker of a container or an article (`Chapter II`, `§ 1631d`, `Art. 5.`) at a
/// position in UTF-8 bytes, using the words of one ``StructureProfile``.
struct MarkerScanner: Sendable {
    /// A marker word prepared for byte comparison: its bytes are `letters[start..<start + count]`.
    struct Word: Sendable {
        let start: Int
        let count: Int
        /// The index of the word's level in the profile: the nesting rank.
        let rank: Int
        let kind: ProvisionKind
        /// Whether a blank must separate the word from the number (`Article 5`, but `§5`, `Art.5`).
        let needsBlank: Bool
    }

    /// A recognised container or article marker.
    struct Match {
        /// The rank of the marker word's level in the profile.
        let rank: Int
        let kind: ProvisionKind
        /// Where the number is written; ``NumberReader/normalized(_:_:)`` gives its text.
        let number: Range<Int>
        /// The marker as written: from the word to the end of the number.
        let label: Range<Int>
        /// The heading after the number and separator (may be empty).
        let heading: Range<Int>
        /// Where a paragraph marker begins on the same line (`Art. 5. - (1) text`), if it does.
        let inlineParagraph: Int?
        /// The number when it is not written as such at `number`: the value of an ordinal
        /// (`Erstes Kapitel`: `1`), or a range (`§§ 3 bis 6`: `3-6`).
        var numberText: String? = nil
    }

    let words: [Word]
    /// The bytes of every word, one after another.
    private let letters: [UInt8]
    /// The path prefix of each level of the profile, by rank (`chap` in `chap-2`).
    let pathPrefixes: [String]
    /// For each byte value, whether some word may start with it: most lines are rejected on
    /// their first byte.
    private let startsWord: [Bool]
    /// The ordinal stems, endings and range words of the profile, as bytes.
    private let ordinals: [[UInt8]]
    private let ordinalEndings: [[UInt8]]
    private let rangeWords: [[UInt8]]

    init(profile: StructureProfile) {
        var words: [Word] = []
        var letters: [UInt8] = []
        for (rank, level) in profile.levels.enumerated() {
            for word in level.words {
                let bytes = Array(word.utf8)
                guard let last = bytes.last else { continue }
                let needsBlank = ByteClass.isLower(last) || ByteClass.isUpper(last)
                words.append(
                    Word(
                        start: letters.count, count: bytes.count, rank: rank, kind: level.kind,
                        needsBlank: needsBlank))
                letters += bytes
            }
        }
        self.words = words
        self.letters = letters
        pathPrefixes = profile.levels.map(\.pathPrefix)
        var startsWord = Array(repeating: false, count: 256)
        startsWord[0x2A] = true  // * (emphasis)
        startsWord[0x5F] = true  // _
        for word in words {
            let first = letters[word.start]
            startsWord[Int(first)] = true
            if ByteClass.isLower(first) { startsWord[Int(first - 0x20)] = true }
        }
        ordinals = profile.ordinals.map { Array($0.utf8) }
        ordinalEndings = profile.ordinalEndings.map { Array($0.utf8) }
        rangeWords = profile.rangeWords.map { Array($0.utf8) }
        for ordinal in ordinals {
            if let first = ordinal.first { startsWord[Int(first)] = true }
        }
        self.startsWord = startsWord
    }

    /// The container or article marker starting exactly at `start`, if any.
    ///
    /// In `strict` mode (a plain line rather than a Markdown heading), the number must be followed
    /// by the end of the line or a separator (`.`, `:`, `-`, `—`, `–`), so that `§ 5 Abs. 2` at the
    /// start of a wrapped line is not taken for a marker.
    func match(
        _ bytes: UnsafeBufferPointer<UInt8>, at start: Int, end: Int, strict: Bool
    ) -> Match? {
        guard start < end else { return nil }
        let first = bytes[start]
        guard startsWord[Int(first)] else { return nil }
        // Emphasis around the marker (`**Articolul 16**`) is Markdown, not part of it.
        var wordStart = start
        while wordStart < end, bytes[wordStart] == 0x2A || bytes[wordStart] == 0x5F { wordStart += 1 }
        if wordStart > start {
            guard wordStart < end, startsWord[Int(bytes[wordStart])] else { return nil }
        }
        if !ordinals.isEmpty, let ordinal = ordinal(bytes, wordStart, end) {
            return ordinalMatch(bytes, ordinal, start: start, end: end, strict: strict)
        }
        return letters.withUnsafeBufferPointer { letters in
            for word in words {
                guard Self.spells(word, letters, bytes, wordStart, end) else { continue }
                var p = wordStart + word.count
                // A doubled symbol (`§§`) introduces a range of repealed articles.
                let doubled = !word.needsBlank && word.count <= end - p && Self.spells(word, letters, bytes, p, end)
                if doubled { p += word.count }
                if word.needsBlank {
                    guard p < end, ByteClass.isBlank(bytes[p]) else { continue }
                }
                p = ByteClass.skipBlanks(bytes, p, end)
                guard var numberEnd = NumberReader.read(bytes, p, end) else { continue }
                var numberText: String?
                if doubled {
                    guard let (last, lastEnd) = rangeEnd(bytes, numberEnd, end) else { continue }
                    numberText = NumberReader.normalized(bytes, p..<numberEnd) + "-" + last
                    numberEnd = lastEnd
                    if strict {
                        let rest = ByteClass.skipBlanks(bytes, numberEnd, end)
                        guard rest == end || bytes[rest] == 0x28 || bytes[rest] == 0x2E else { continue }
                        return Match(
                            rank: word.rank, kind: word.kind, number: p..<numberEnd, label: start..<numberEnd,
                            heading: rest..<ByteClass.trimEnd(bytes, rest, end), inlineParagraph: nil,
                            numberText: numberText)
                    }
                }
                let (headingStart, sawSeparator) = skipSeparator(bytes, numberEnd, end)
                let headingEnd = ByteClass.trimEnd(bytes, headingStart, end)
                if strict && headingStart < headingEnd && !sawSeparator { continue }
                var inline: Int?
                if strict, sawSeparator, headingStart < headingEnd,
                    let item = ItemScanner.match(bytes, at: headingStart, end: end),
                    item.kind == .paragraph
                {
                    inline = headingStart
                }
                return Match(
                    rank: word.rank, kind: word.kind, number: p..<numberEnd,
                    label: start..<numberEnd,
                    heading: inline == nil ? headingStart..<headingEnd : headingEnd..<headingEnd,
                    inlineParagraph: inline, numberText: numberText)
            }
            return nil
        }
    }

    /// Whether the bytes at `start` spell `word` (ASCII letters also in capitals).
    private static func spells(
        _ word: Word, _ letters: UnsafeBufferPointer<UInt8>, _ bytes: UnsafeBufferPointer<UInt8>,
        _ start: Int, _ end: Int
    ) -> Bool {
        guard word.count <= end - start else { return false }
        var i = 0
        while i < word.count {
            guard same(letters[word.start + i], bytes[start + i]) else { return false }
            i += 1
        }
        return true
    }

    /// Whether text byte `text` matches word byte `word`: equal, or the capital of a lowercase letter.
    private static func same(_ word: UInt8, _ text: UInt8) -> Bool {
        word == text || (ByteClass.isLower(word) && text == word - 0x20)
    }

    /// Skips blanks and separators (`.`, `:`, `-`, `—`, `–`) after a number; returns where the
    /// heading starts and whether a separator was seen.
    private func skipSeparator(
        _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int
    ) -> (Int, Bool) {
        var p = start
        var saw = false
        while p < end {
            let byte = bytes[p]
            if ByteClass.isBlank(byte) || byte == 0x2A || byte == 0x5F {  // blank * _
                p += 1
            } else if byte == 0x2E || byte == 0x3A || byte == 0x2D {  // . : -
                saw = true
                p += 1
            } else if byte == 0xE2, p + 2 < end, bytes[p + 1] == 0x80,
                bytes[p + 2] == 0x93 || bytes[p + 2] == 0x94
            {  // – —
                saw = true
                p += 3
            } else {
                break
            }
        }
        return (p, saw)
    }

    /// The value (1-based) and end of an ordinal with one of its endings at `start`, followed
    /// by a blank.
    private func ordinal(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> (Int, Int)? {
        for (index, stem) in ordinals.enumerated() where Self.has(stem, bytes, start, end) {
            let afterStem = start + stem.count
            for ending in ordinalEndings where Self.has(ending, bytes, afterStem, end) {
                let p = afterStem + ending.count
                if p < end, ByteClass.isBlank(bytes[p]) { return (index + 1, p) }
            }
        }
        return nil
    }

    /// The container marker made of an ordinal and a container word (`Zweiter Abschnitt`), if
    /// the word follows the ordinal.
    private func ordinalMatch(
        _ bytes: UnsafeBufferPointer<UInt8>, _ ordinal: (Int, Int), start: Int, end: Int, strict: Bool
    ) -> Match? {
        let wordStart = ByteClass.skipBlanks(bytes, ordinal.1, end)
        return letters.withUnsafeBufferPointer { letters in
            for word in words where word.kind < .article && Self.spells(word, letters, bytes, wordStart, end) {
                let wordEnd = wordStart + word.count
                guard wordEnd == end || !ByteClass.isLower(bytes[wordEnd]) else { continue }
                let (headingStart, sawSeparator) = skipSeparator(bytes, wordEnd, end)
                let headingEnd = ByteClass.trimEnd(bytes, headingStart, end)
                if strict && headingStart < headingEnd && !sawSeparator { continue }
                return Match(
                    rank: word.rank, kind: word.kind, number: start..<start, label: start..<wordEnd,
                    heading: headingStart..<headingEnd, inlineParagraph: nil, numberText: String(ordinal.0))
            }
            return nil
        }
    }

    /// After the first number of a range: a range word (`bis`), `-` or `–`, and the last number,
    /// normalised, with the index after it.
    private func rangeEnd(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> (String, Int)? {
        var p = ByteClass.skipBlanks(bytes, start, end)
        if p < end, bytes[p] == 0x2D {
            p += 1
        } else if p + 2 < end, bytes[p] == 0xE2, bytes[p + 1] == 0x80, bytes[p + 2] == 0x93 {
            p += 3
        } else if let word = rangeWords.first(where: { Self.has($0, bytes, p, end) }),
            p + word.count < end, ByteClass.isBlank(bytes[p + word.count])
        {
            p += word.count
        } else {
            return nil
        }
        p = ByteClass.skipBlanks(bytes, p, end)
        guard let numberEnd = NumberReader.read(bytes, p, end) else { return nil }
        return (NumberReader.normalized(bytes, p..<numberEnd), numberEnd)
    }

    /// Whether `bytes` at `start` hold exactly `word`.
    private static func has(_ word: [UInt8], _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        guard word.count <= end - start else { return false }
        for (offset, byte) in word.enumerated() where bytes[start + offset] != byte { return false }
        return true
    }
}
