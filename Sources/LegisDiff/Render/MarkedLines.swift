/// The lines of a marked text as they are written: each with whether it holds a change, where
/// its first change stands, and whether it holds unchanged words.
struct MarkedLines {
    /// Where a change stands: in the old text or the new one, at a byte offset.
    typealias Place = (old: Bool, offset: Int)

    private(set) var lines: [String] = []
    /// Whether each line holds a change (or a marker of one).
    private(set) var changed: [Bool] = []
    /// Where the first change of each line stands; nil when it holds none (or only a marker, or a
    /// line end).
    private(set) var anchors: [Place?] = []
    /// Whether each line holds unchanged text other than whitespace.
    private(set) var plain: [Bool] = []
    private var current = ""
    private var currentChanged = false
    private var currentAnchor: Place?
    private var currentPlain = false

    /// Appends `text`, a change when `marked`; `place` is where its first byte stands (nil for a
    /// marker, which is no text of either version).
    mutating func add(_ text: Substring, marked: Bool, at place: Place? = nil) {
        var consumed = 0
        var first = true
        // Split on the byte, not on Characters: faster, and a CRLF line ends at its "\n" too
        // (as a Character, "\r\n" is not "\n"), keeping its "\r".
        for bytes in text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false) {
            let part = Substring(bytes)
            if !first { endLine() }
            first = false
            current += part
            if marked {
                currentChanged = true
                if currentAnchor == nil, !part.isEmpty, let place {
                    currentAnchor = (place.old, place.offset + consumed)
                }
            } else if !part.isBlankText {
                currentPlain = true
            }
            consumed += part.utf8.count + 1
        }
    }

    /// The lines, the last one closed.
    mutating func finish() -> MarkedLines {
        endLine()
        return self
    }

    private mutating func endLine() {
        lines.append(current)
        changed.append(currentChanged)
        anchors.append(currentAnchor)
        plain.append(currentPlain)
        current = ""
        currentChanged = false
        currentAnchor = nil
        currentPlain = false
    }
}

extension Substring {
    /// Whether the text is only ASCII whitespace.
    fileprivate var isBlankText: Bool { utf8.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D } }
}
