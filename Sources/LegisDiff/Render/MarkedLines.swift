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
    /// The line being built, as UTF-8.
    private var current: [UInt8] = []
    private var currentChanged = false
    private var currentAnchor: Place?
    private var currentPlain = false

    /// Appends `text`, a change when `marked`; `place` is where its first byte stands (nil for a
    /// marker, which is no text of either version).
    mutating func add(_ text: Substring, marked: Bool, at place: Place? = nil) {
        if text.utf8.withContiguousStorageIfAvailable({ add($0, marked: marked, at: place) }) == nil {
            Array(text.utf8).withUnsafeBufferPointer { add($0, marked: marked, at: place) }
        }
    }

    /// Appends the UTF-8 `text`. It is cut at each line feed byte, not at Characters: a CRLF line
    /// ends at its "\n" too (as a Character, "\r\n" is not "\n"), keeping its "\r".
    private mutating func add(_ text: UnsafeBufferPointer<UInt8>, marked: Bool, at place: Place?) {
        var start = 0
        while true {
            var end = start
            while end < text.count && text[end] != 0x0A { end += 1 }
            let part = UnsafeBufferPointer(rebasing: text[start..<end])
            current.append(contentsOf: part)
            if marked {
                currentChanged = true
                if currentAnchor == nil, !part.isEmpty, let place {
                    currentAnchor = (place.old, place.offset + start)
                }
            } else if part.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) {
                currentPlain = true
            }
            guard end < text.count else { return }
            endLine()
            start = end + 1
        }
    }

    /// The lines, the last one closed.
    mutating func finish() -> MarkedLines {
        endLine()
        return self
    }

    private mutating func endLine() {
        lines.append(String(decoding: current, as: UTF8.self))
        changed.append(currentChanged)
        anchors.append(currentAnchor)
        plain.append(currentPlain)
        current.removeAll(keepingCapacity: true)
        currentChanged = false
        currentAnchor = nil
        currentPlain = false
    }
}
