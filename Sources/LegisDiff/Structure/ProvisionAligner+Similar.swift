extension ProvisionAligner {
    /// Word pairs found in more unpaired new pieces than this are too common to tell pieces apart
    /// and are not looked up.
    static let commonGramLimit = 16

    /// Pairs unpaired pieces of the same kind that share at least ``similarShare`` of the
    /// distinct word pairs (bigrams) of the smaller one: first pieces at the same path, then the
    /// others, the most shared first.
    ///
    /// So a provision renumbered or moved and edited keeps its identity, and a provision whose
    /// text was split (a paragraph cut in two, a new article opened after it) stays paired with
    /// the piece at its own path when that still holds most of it. The work is linear in the
    /// bytes of the unpaired pieces: each word pair is looked up once, among at most
    /// ``commonGramLimit`` pieces.
    func pairSimilar(_ alignment: inout Alignment) {
        let oldFree = (1..<oldPieces.count).filter { alignment.newOf[$0] < 0 && oldPieces[$0].kind != nil }
        let newFree = (1..<newPieces.count).filter { alignment.oldOf[$0] < 0 && newPieces[$0].kind != nil }
        guard !oldFree.isEmpty, !newFree.isEmpty else { return }
        let bytes =
            oldFree.reduce(0) { $0 + oldPieces.ranges[$1].count }
            + newFree.reduce(0) { $0 + newPieces.ranges[$1].count }
        // The new pieces' postings are built on the thread that hashed their word pairs, while
        // the other hashes the old pieces'.
        let (oldGrams, (newGrams, postings)) = Parallel.both(
            bytes: bytes, { Self.grams(old, oldPieces, oldFree) },
            {
                let grams = Self.grams(new, newPieces, newFree)
                return (grams, GramPostings(grams))
            })
        // The old pieces in two halves of about the same number of word pairs, one per thread;
        // the candidates are put in one order below, so the halves' order does not matter.
        let total = oldGrams.reduce(0) { $0 + $1.count }
        var half = 0
        var counted = 0
        while half < oldFree.count && counted * 2 < total {
            counted += oldGrams[half].count
            half += 1
        }
        let votes = SimilarVotes(
            aligner: self, oldFree: oldFree, newFree: newFree, oldGrams: oldGrams, newGrams: newGrams,
            postings: postings)
        let (first, second) = Parallel.both(
            bytes: bytes, { votes.candidates(0..<half) }, { votes.candidates(half..<oldFree.count) })
        var candidates = first + second
        candidates.sortInPlace { ($0.tier, -$0.shared, $0.old, $0.new) < ($1.tier, -$1.shared, $1.old, $1.new) }
        for candidate in candidates
        where alignment.newOf[candidate.old] < 0 && alignment.oldOf[candidate.new] < 0 {
            alignment.pair(candidate.old, candidate.new, exact: false)
        }
    }

    /// Pairs each unpaired piece with the unpaired piece of the same kind that holds the
    /// partners of most of its children, when those are also most of that piece's children: an
    /// article renumbered and edited whose heading says too little to be paired by itself.
    /// Inner pieces go first, so that pairs of paragraphs make pairs of articles, and those of
    /// articles pairs of chapters.
    func pairParents(_ alignment: inout Alignment) {
        let oldChildren = Self.childCounts(oldPieces)
        let newChildren = Self.childCounts(newPieces)
        // The new parents of each old piece's paired children, one entry per child.
        var votes = [[Int32]](repeating: [], count: oldPieces.count)
        for i in stride(from: oldPieces.count - 1, through: 1, by: -1) {
            if alignment.newOf[i] < 0, oldChildren[i] > 0, let best = Self.mostVoted(&votes[i]),
                alignment.oldOf[best.piece] < 0, newPieces[best.piece].kind == oldPieces[i].kind,
                best.votes * 2 >= oldChildren[i], best.votes * 2 >= newChildren[best.piece]
            {
                alignment.pair(i, best.piece, exact: false)
            }
            // A parent comes before its children, so it is looked at after them; only votes for
            // a parent still unpaired can count.
            let j = alignment.newOf[i]
            if j >= 0, let parent = oldPieces[i].parent, alignment.newOf[parent] < 0,
                let newParent = newPieces[j].parent
            {
                votes[parent].append(Int32(newParent))
            }
        }
    }

    /// The piece named most often in `votes`, the first in piece order among equals, and how
    /// often; nil when there is none.
    private static func mostVoted(_ votes: inout [Int32]) -> (piece: Int, votes: Int)? {
        guard !votes.isEmpty else { return nil }
        votes.sortInPlace()
        var best = (piece: Int(votes[0]), votes: 0)
        var start = 0
        while start < votes.count {
            var end = start + 1
            while end < votes.count, votes[end] == votes[start] { end += 1 }
            if end - start > best.votes { best = (Int(votes[start]), end - start) }
            start = end
        }
        return best
    }

    /// The number of children of each piece.
    private static func childCounts(_ pieces: PieceTable) -> [Int] {
        var counts = [Int](repeating: 0, count: pieces.count)
        for piece in pieces.pieces { if let parent = piece.parent { counts[parent] += 1 } }
        return counts
    }

    /// The distinct word pairs of each piece of `free`, sorted (a piece of one word has that
    /// word alone).
    private static func grams(_ bytes: [UInt8], _ pieces: PieceTable, _ free: [Int]) -> [[UInt64]] {
        TokenKind.byteClass.withUnsafeBufferPointer { classes in
            bytes.withUnsafeBufferPointer { bytes in
                guard let base = bytes.baseAddress else { return free.map { _ in [] } }
                return free.map { piece in
                    let range = pieces.ranges[piece]
                    // The marker (`Article 4`) is left out, so that a renumbered piece keeps its
                    // word pairs.
                    let label = ContentKey.labelRange(bytes, range, label: pieces[piece].label)
                    var grams: [UInt64] = []
                    // About one word in six bytes of statute text: one allocation, mostly.
                    grams.reserveCapacity(range.count / 6 + 1)
                    var previous: UInt64 = 0
                    var words = 0
                    var i = range.lowerBound
                    while i < range.upperBound {
                        if let label, i == label.lowerBound { i = label.upperBound }
                        guard i < range.upperBound, classes[Int(bytes[i])] == .word else {
                            i += 1
                            continue
                        }
                        let start = i
                        while i < range.upperBound && classes[Int(bytes[i])] == .word { i += 1 }
                        let word = ByteHash.mix(0, base + start, i - start, readable: bytes.count - start)
                        if words > 0 { grams.append((previous &* 0x9E37_79B9_7F4A_7C15) ^ word) }
                        previous = word
                        words += 1
                    }
                    if words == 1 { grams.append(previous) }
                    grams.sortInPlace()
                    // Duplicates dropped in place.
                    var kept = 0
                    for index in grams.indices where kept == 0 || grams[kept - 1] != grams[index] {
                        grams[kept] = grams[index]
                        kept += 1
                    }
                    grams.removeLast(grams.count - kept)
                    return grams
                }
            }
        }
    }
}

/// Two unpaired pieces that share word pairs: `tier` 0 when they have the same path, 1
/// otherwise, and how many distinct word pairs they share (a struct, not a tuple: see
/// ``PiecePair``).
struct SimilarCandidate {
    var tier: Int
    var shared: Int
    var old: Int
    var new: Int
}

/// The pairs of unpaired pieces that share enough word pairs (see
/// ``ProvisionAligner/pairSimilar(_:)``), found for a range of the old unpaired pieces.
struct SimilarVotes {
    let aligner: ProvisionAligner
    let oldFree: [Int]
    let newFree: [Int]
    let oldGrams: [[UInt64]]
    let newGrams: [[UInt64]]
    let postings: GramPostings

    /// The candidates of the old unpaired pieces `range` (indices into `oldFree`).
    func candidates(_ range: Range<Int>) -> [SimilarCandidate] {
        var candidates: [SimilarCandidate] = []
        guard !range.isEmpty else { return candidates }
        let oldPieces = aligner.oldPieces
        let newPieces = aligner.newPieces
        // Shared word pairs per new piece, counted densely; `touched` lists the pieces to visit
        // and to reset, so that each old piece costs only what it shares.
        var shared = [Int32](repeating: 0, count: newFree.count)
        var touched: [Int32] = []
        for a in range {
            let i = oldFree[a]
            for gram in oldGrams[a] {
                guard let list = postings.pieces(of: gram), list.count <= ProvisionAligner.commonGramLimit else {
                    continue
                }
                for b in list {
                    if shared[Int(b)] == 0 { touched.append(b) }
                    shared[Int(b)] += 1
                }
            }
            let samePath = aligner.newByPath.piece(at: oldPieces[i].path, key: oldPieces.pathKeys[i])
            for b in touched {
                let count = Int(shared[Int(b)])
                shared[Int(b)] = 0
                let j = newFree[Int(b)]
                guard newPieces[j].kind == oldPieces[i].kind else { continue }
                let smaller = min(oldGrams[a].count, newGrams[Int(b)].count)
                guard smaller > 0, Double(count) >= ProvisionAligner.similarShare * Double(smaller) else { continue }
                candidates.append(SimilarCandidate(tier: j == samePath ? 0 : 1, shared: count, old: i, new: j))
            }
            touched.removeAll(keepingCapacity: true)
        }
        return candidates
    }
}
