import LegisDocument

/// Pairs the provisions of two versions of a document.
///
/// Before the word diff: the same path with the same bytes, then the same wording (number
/// aside) found once on each side. These exact pairs split the texts into stretches to diff.
/// After it: pieces whose text the diff found largely equal, then what is left at the same
/// path.
struct ProvisionAligner {
    let old: [UInt8]
    let new: [UInt8]
    let oldPieces: PieceTable
    let newPieces: PieceTable
    let newByPath: PathIndex

    /// Pieces with fewer words (a bare heading, `(weggefallen)`) are paired by wording only at
    /// the same path.
    static let minimumWords = 3
    /// Pieces of which the diff found at least this share (of the smaller one) equal
    /// correspond.
    static let overlapShare = 0.5

    init(old: [UInt8], new: [UInt8], oldPieces: PieceTable, newPieces: PieceTable) {
        self.old = old
        self.new = new
        self.oldPieces = oldPieces
        self.newPieces = newPieces
        newByPath = PathIndex(newPieces)
    }

    /// The exact pairs, ordered into anchors.
    func exactPairs() -> Alignment {
        var alignment = Alignment(oldCount: oldPieces.count, newCount: newPieces.count)
        alignment.pair(0, 0, exact: true)
        for i in 1..<oldPieces.count {
            guard let j = newByPath.piece(at: oldPieces[i].path, key: oldPieces.pathKeys[i]), alignment.oldOf[j] < 0
            else { continue }
            if ByteCompare.equal(old, oldPieces[i].range, new, newPieces[j].range) {
                alignment.pair(i, j, exact: true)
            }
        }
        pairUniqueContent(&alignment)
        alignment.orderAnchors()
        return alignment
    }

    /// Adds the pairs found by the diff (`overlaps`: equal bytes shared by two pieces) and by
    /// path, then orders all pairs.
    func completePairs(_ alignment: inout Alignment, overlaps: [PieceOverlap]) {
        let sorted = overlaps.sorted { ($0.bytes, -$0.old, -$0.new) > ($1.bytes, -$1.old, -$1.new) }
        for overlap in sorted where alignment.newOf[overlap.old] < 0 && alignment.oldOf[overlap.new] < 0 {
            let smaller = min(oldPieces[overlap.old].range.count, newPieces[overlap.new].range.count)
            if Double(overlap.bytes) >= Self.overlapShare * Double(smaller) {
                alignment.pair(overlap.old, overlap.new, exact: false)
            }
        }
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
        func keys(_ bytes: [UInt8], _ pieces: PieceTable, unpaired: (Int) -> Bool) -> [UInt64: Int] {
            var found: [UInt64: Int] = [:]
            for i in 1..<pieces.count where unpaired(i) {
                let content = ContentKey.of(bytes, pieces[i].range, label: pieces[i].label)
                guard content.words >= Self.minimumWords, let key = content.key else { continue }
                found[key] = found[key] == nil ? i : -1
            }
            return found
        }
        let oldUnpaired = alignment.newOf
        let newUnpaired = alignment.oldOf
        let (oldKeys, newKeys) = Parallel.both(
            { keys(old, oldPieces) { oldUnpaired[$0] < 0 } }, { keys(new, newPieces) { newUnpaired[$0] < 0 } })
        var pairs: [(Int, Int)] = []
        for (key, i) in oldKeys where i > 0 {
            if let j = newKeys[key], j > 0 { pairs.append((i, j)) }
        }
        pairs.sort { $0.0 < $1.0 }
        for (i, j) in pairs { alignment.pair(i, j, exact: true) }
    }
}

/// Finds a piece by its path, hashing paths cheaply.
struct PathIndex {
    private let pieces: PieceTable
    private var first: [UInt64: Int] = [:]

    init(_ pieces: PieceTable) {
        self.pieces = pieces
        first.reserveCapacity(pieces.count)
        for j in 1..<pieces.count where pieces[j].path != nil {
            let key = pieces.pathKeys[j]
            if first[key] == nil { first[key] = j }
        }
    }

    /// The first piece at `path`, whose ``key(_:)`` is `key`.
    func piece(at path: ProvisionPath?, key: UInt64) -> Int? {
        guard let path, let j = first[key], pieces[j].path == path else { return nil }
        return j
    }

    static func key(_ path: ProvisionPath) -> UInt64 {
        var hash: UInt64 = 14_695_981_039_346_656_037
        for component in path.components {
            for byte in component.utf8 { hash = (hash ^ UInt64(byte)) &* 1_099_511_628_211 }
            hash = (hash ^ 0x2F) &* 1_099_511_628_211
        }
        return hash
    }
}
