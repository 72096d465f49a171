/// Spells path components (`art-7^1`, `par-2`) and the normalised numbers in them from the
/// bytes of a marker, making each string once, without validating bytes already checked.
struct PathComponentSpeller {
    /// The path prefixes of the profile's levels by rank, then of paragraphs, points and
    /// letters: their bytes, one after another, and where each lies.
    private let prefixLetters: [UInt8]
    /// Where each prefix's letters start in `prefixLetters`, and one more entry for the end.
    /// (Offsets, not an array of `Range`: its element type's conformance would be looked up
    /// among every conformance of the binary at each start.)
    private let prefixStarts: [Int]
    private let prefixTexts: [String]
    /// The first prefix index after the levels': paragraphs, points, letters.
    private let itemPrefixes: Int
    /// Room to spell a path component.
    private var scratch = [UInt8](repeating: 0, count: 128)

    /// Whether every path prefix is ASCII, and so every component spelled.
    let prefixesAreASCII: Bool

    /// A speller for a profile whose levels have `pathPrefixes` (by rank).
    init(pathPrefixes: [String]) {
        var letters: [UInt8] = []
        var starts: [Int] = []
        let texts = pathPrefixes + [ProvisionKind.paragraph, .point, .letter].map(\.pathPrefix)
        for prefix in texts {
            starts.append(letters.count)
            letters += prefix.utf8
        }
        starts.append(letters.count)
        prefixLetters = letters
        prefixStarts = starts
        prefixTexts = texts
        itemPrefixes = pathPrefixes.count
        prefixesAreASCII = letters.allSatisfy { $0 < 0x80 }
    }

    /// The number in `range` of `bytes` and the component of the level of rank `level`.
    mutating func spell(
        level: Int, _ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>, hashing: Bool
    ) -> (number: String, component: String, hash: UInt64) {
        spell(level, range, bytes, hashing: hashing)
    }

    /// The number in `range` of `bytes` and the component of a paragraph, point or letter.
    mutating func spell(
        item kind: ProvisionKind, _ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>,
        hashing: Bool
    ) -> (number: String, component: String, hash: UInt64) {
        let offset: Int
        switch kind {
        case .paragraph: offset = 0
        case .point: offset = 1
        default: offset = 2
        }
        return spell(itemPrefixes + offset, range, bytes, hashing: hashing)
    }

    /// The normalised number written in `range` of `bytes`, and the path component made of it
    /// with prefix `prefix` (an index in `prefixStarts`): `art-7^1`; with the component's hash
    /// when `hashing`.
    private mutating func spell(
        _ prefix: Int, _ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>, hashing: Bool
    ) -> (number: String, component: String, hash: UInt64) {
        let prefixRange = prefixStarts[prefix]..<prefixStarts[prefix + 1]
        let numberStart = prefixRange.count + 1
        // A normalised number is never longer than it is written (`¹` is two or three bytes,
        // `^1` two).
        guard numberStart + range.count <= scratch.count else {
            let number = NumberReader.normalized(bytes, range)
            let component = prefixTexts[prefix] + "-" + number
            return (number, component, hashing ? PathKeySet.hash(component) : 0)
        }
        return scratch.withUnsafeMutableBufferPointer { scratch in
            var end = 0
            for index in prefixRange {
                scratch[end] = prefixLetters[index]
                end += 1
            }
            scratch[end] = 0x2D  // -
            end += 1
            var p = range.lowerBound
            while p < range.upperBound, bytes[p] < 0x80 {
                scratch[end] = bytes[p]
                end += 1
                p += 1
            }
            if p < range.upperBound {
                scratch[end] = 0x5E  // ^
                end += 1
                while let next = ByteClass.superscriptDigit(bytes, p, range.upperBound) {
                    scratch[end] = next.digit
                    end += 1
                    p += next.length
                }
            }
            let spelled = UnsafeBufferPointer(rebasing: scratch[0..<end])
            return (
                ByteClass.string(spelled, numberStart..<end), ByteClass.string(spelled, 0..<end),
                hashing ? PathKeySet.hash(spelled) : 0
            )
        }
    }
}
