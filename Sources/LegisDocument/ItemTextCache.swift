/// The texts of item markers met before (`(1)`, `2.`, `a)`): number, path component and label.
///
/// These depend only on the marker's bytes, and items repeat their markers all through a
/// document, so most need no new strings.
///
/// Direct-mapped: each marker of at most eight bytes has one slot, chosen by a hash of its
/// bytes; a new marker there replaces the old one.
struct ItemTextCache {
    /// The texts of one marker.
    struct Texts {
        var number: String
        var component: String
        var label: String
    }

    private struct Entry {
        /// The marker's bytes, packed little-endian, and their count (0 for an empty slot).
        var key: UInt64 = 0
        var count = 0
        var texts: Texts?
    }

    private var entries = [Entry](repeating: Entry(), count: 64)

    /// The packed bytes of `range` and their count, when it is one to eight bytes long.
    static func key(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> (UInt64, Int)? {
        guard !range.isEmpty, range.count <= 8 else { return nil }
        var key: UInt64 = 0
        var shift: UInt64 = 0
        for index in range {
            key |= UInt64(bytes[index]) << shift
            shift += 8
        }
        return (key, range.count)
    }

    /// The texts stored for the marker `key`.
    func texts(for key: (UInt64, Int)) -> Texts? {
        let entry = entries[Self.slot(key.0)]
        guard entry.count == key.1, entry.key == key.0 else { return nil }
        return entry.texts
    }

    /// Stores `texts` for the marker `key`.
    mutating func store(_ texts: Texts, for key: (UInt64, Int)) {
        entries[Self.slot(key.0)] = Entry(key: key.0, count: key.1, texts: texts)
    }

    private static func slot(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 58)
    }
}
