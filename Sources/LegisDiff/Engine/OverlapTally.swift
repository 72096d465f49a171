/// Equal bytes that the word diff found between an old piece and a new piece.
struct PieceOverlap: Equatable {
    var old: Int
    var new: Int
    var bytes: Int
}

/// Adds up, for each pair of pieces, the bytes the word diff found equal between them.
struct OverlapTally {
    let oldPieces: PieceLocator
    let newPieces: PieceLocator
    private var bytes = KeyTable(capacity: 4096)
    /// The pair last added to, and the bytes not yet written to `bytes`.
    private var pendingKey: UInt64 = .max
    private var pendingBytes = 0

    init(oldPieces: PieceLocator, newPieces: PieceLocator) {
        self.oldPieces = oldPieces
        self.newPieces = newPieces
    }

    /// Records that `old` of the old text equals `new` of the new text (same length).
    mutating func record(old: Range<Int>, new: Range<Int>) {
        guard oldPieces.starts.count > 1 || newPieces.starts.count > 1 else { return }
        var o = old.lowerBound
        var n = new.lowerBound
        var i = oldPieces.piece(at: o)
        var j = newPieces.piece(at: n)
        while o < old.upperBound {
            let oldEnd = i + 1 < oldPieces.starts.count ? oldPieces.starts[i + 1] : Int.max
            let newEnd = j + 1 < newPieces.starts.count ? newPieces.starts[j + 1] : Int.max
            let span = min(oldEnd - o, newEnd - n, old.upperBound - o)
            if span > 0 {
                let key = UInt64(i) << 32 | UInt64(j)
                if key != pendingKey {
                    flush()
                    pendingKey = key
                }
                pendingBytes += span
            }
            o += span
            n += span
            if o >= oldEnd { i += 1 }
            if n >= newEnd { j += 1 }
        }
    }

    /// Adds the overlaps counted by `other`.
    mutating func append(_ other: OverlapTally) {
        var other = other
        other.flush()
        flush()
        for (key, count) in zip(other.bytes.keys, other.bytes.values) { bytes.add(key, count, merge: +) }
    }

    private mutating func flush() {
        if pendingBytes > 0 { bytes.add(pendingKey, pendingBytes, merge: +) }
        pendingBytes = 0
    }

    /// Every pair of pieces with equal bytes, in the order first found.
    mutating func overlaps() -> [PieceOverlap] {
        flush()
        return zip(bytes.keys, bytes.values).map { key, count in
            PieceOverlap(old: Int(key >> 32), new: Int(key & 0xFFFF_FFFF), bytes: count)
        }
    }
}
