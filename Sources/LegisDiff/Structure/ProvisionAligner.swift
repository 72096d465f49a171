import LegisDocument

/// Pairs the provisions of two versions of a document.
///
/// First the same path with the same bytes, then the same wording (number aside) found once on
/// each side; then pieces of the same kind that share most of their word pairs (the same path
/// first); then what is left at the same path. Only paired pieces are compared word by word, so
/// equal text never crosses from one provision to another.
struct ProvisionAligner {
    let old: [UInt8]
    let new: [UInt8]
    let oldPieces: PieceTable
    let newPieces: PieceTable
    let newByPath: PathIndex

    /// Pieces with fewer words (a bare heading, `(weggefallen)`) are paired by wording only at
    /// the same path.
    static let minimumWords = 3
    /// Pieces that share at least this part of the word pairs of the smaller one correspond.
    static let similarShare = 0.5

    init(old: [UInt8], new: [UInt8], oldPieces: PieceTable, newPieces: PieceTable, newByPath: PathIndex) {
        self.old = old
        self.new = new
        self.oldPieces = oldPieces
        self.newPieces = newPieces
        self.newByPath = newByPath
    }

    /// The exact pairs, ordered into anchors.
    func exactPairs() -> Alignment {
        var alignment = Alignment(oldCount: oldPieces.count, newCount: newPieces.count)
        alignment.pair(0, 0, exact: true)
        for i in 1..<oldPieces.count {
            guard let j = newByPath.piece(at: oldPieces[i].path, key: oldPieces.pathKeys[i]), alignment.oldOf[j] < 0
            else { continue }
            if ByteCompare.equal(old, oldPieces.ranges[i], new, newPieces.ranges[j]) {
                alignment.pair(i, j, exact: true, sameBytes: true)
            }
        }
        pairUniqueContent(&alignment)
        return alignment
    }

    /// Adds the pairs found by similar wording (see ``pairSimilar(_:)``), then by their
    /// children's pairs (``pairParents(_:)``), then those left at the same path, and orders all
    /// pairs.
    func completePairs(_ alignment: inout Alignment) {
        pairSimilar(&alignment)
        pairParents(&alignment)
        for i in 1..<oldPieces.count where alignment.newOf[i] < 0 {
            guard let j = newByPath.piece(at: oldPieces[i].path, key: oldPieces.pathKeys[i]), alignment.oldOf[j] < 0
            else { continue }
            alignment.pair(i, j, exact: false)
        }
        alignment.orderAll()
    }

    /// Pairs pieces whose wording, number aside, occurs once among the unpaired pieces of each
    /// side.
    private func pairUniqueContent(_ alignment: inout Alignment) {
        // The unpaired pieces of both sides, as one list cut in two halves of about the same
        // bytes, keyed on two threads; the tables are then filled in order.
        var work: [SidePiece] = []
        var total = 0
        for i in 1..<oldPieces.count where alignment.newOf[i] < 0 {
            work.append(SidePiece(new: false, piece: i))
            total += oldPieces.ranges[i].count
        }
        for j in 1..<newPieces.count where alignment.oldOf[j] < 0 {
            work.append(SidePiece(new: true, piece: j))
            total += newPieces.ranges[j].count
        }
        var split = 0
        var done = 0
        while split < work.count && done * 2 < total {
            done += (work[split].new ? newPieces : oldPieces).ranges[work[split].piece].count
            split += 1
        }
        let (first, second) = Parallel.both(bytes: total, { keys(work[..<split]) }, { keys(work[split...]) })
        // Sized for the pieces keyed: a table's slots are all written when it is made.
        let newCount = work.reduce(0) { $0 + ($1.new ? 1 : 0) }
        var oldKeys = KeyTable(capacity: work.count - newCount)
        var newKeys = KeyTable(capacity: newCount)
        for (item, key) in zip(work, first + second) where key != 0 {
            // A wording found twice on one side is not unique: -1.
            if item.new {
                newKeys.add(key, item.piece) { _, _ in -1 }
            } else {
                oldKeys.add(key, item.piece) { _, _ in -1 }
            }
        }
        var pairs: [PiecePair] = []
        for (key, i) in zip(oldKeys.keys, oldKeys.values) where i > 0 {
            if let j = newKeys[key], j > 0 { pairs.append(PiecePair(old: i, new: j)) }
        }
        pairs.sortInPlace { $0.old < $1.old }
        for pair in pairs { alignment.pair(pair.old, pair.new, exact: true) }
    }

    /// The content key of each piece of `work`, or 0 when it has too few words to pair by.
    private func keys(_ work: ArraySlice<SidePiece>) -> [UInt64] {
        old.withUnsafeBufferPointer { old in
            new.withUnsafeBufferPointer { new in
                work.map { item in
                    let pieces = item.new ? newPieces : oldPieces
                    let content = ContentKey.of(
                        item.new ? new : old, pieces.ranges[item.piece], label: pieces.pieces[item.piece].label)
                    guard content.words >= Self.minimumWords, let key = content.key else { return 0 }
                    return key == 0 ? 1 : key
                }
            }
        }
    }
}

/// A piece of one side: the new version's when `new`, else the old one's (a struct, not a tuple:
/// see ``PiecePair``).
struct SidePiece {
    var new: Bool
    var piece: Int
}

/// Finds a piece by its path, hashing paths cheaply.
struct PathIndex: Sendable {
    private let pieces: PieceTable
    private var first: KeyTable

    init(_ pieces: PieceTable) {
        self.pieces = pieces
        first = KeyTable(capacity: pieces.count)
        for j in 1..<pieces.count where pieces.pathKeys[j] != 0 {
            first.add(pieces.pathKeys[j], j) { earlier, _ in earlier }
        }
    }

    /// The first piece at `path`, whose ``key(_:)`` is `key`.
    func piece(at path: ProvisionPath?, key: UInt64) -> Int? {
        guard let path, let j = first[key], pieces.pieces[j].path == path else { return nil }
        return j
    }

    static func key(_ path: ProvisionPath) -> UInt64 {
        var hash: UInt64 = 14_695_981_039_346_656_037
        for var component in path.components {
            hash = component.withUTF8 { bytes in
                guard let base = bytes.baseAddress else { return hash }
                return ByteHash.mix(hash, base, bytes.count)
            }
        }
        return hash == 0 ? 1 : hash  // 0 stands for no path
    }
}
