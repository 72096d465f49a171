public import LegisDocument

/// Structure-aware comparison of two versions of a document.
public enum DocumentDiff {
    /// Below this many bytes of input, a comparison runs on the calling thread alone.
    public static var parallelMinimumBytes: Int { Parallel.minimumBytes }

    /// The redline from `old` to `new`.
    ///
    /// Provisions with the same bytes at the same path, or the same wording under another
    /// number, are paired first and skipped; the stretches between them are diffed word by
    /// word, and the pieces whose text that diff finds largely equal (or, failing that, that
    /// keep their path) are paired too. Each changed provision is reported as modified, inserted, deleted, moved or
    /// renumbered; spans of eight words or more deleted in one provision and inserted in another
    /// are reported as moved. The deleted and inserted text of each move is marked in the
    /// segments (``Segment/move``).
    public static func compare(_ old: Document, _ new: Document) -> Redline {
        compare(old, new, parallel: true)
    }

    /// The redline between two versions made ready beforehand (each, say, on the thread that
    /// parsed it); the same as comparing their documents.
    public static func compare(_ old: DiffInput, _ new: DiffInput) -> Redline {
        compare(old, new, parallel: true)
    }

    /// The redline from `old` to `new`, diffing on two threads when `parallel` and there is much
    /// to diff (the result is the same bytes either way).
    static func compare(_ old: Document, _ new: Document, parallel: Bool) -> Redline {
        if old.hasSameSource(as: new) { return unchanged(old) }
        let (oldInput, newInput) =
            parallel
            ? Parallel.both(bytes: old.sourceByteCount + new.sourceByteCount, { DiffInput(old) }, { DiffInput(new) })
            : (DiffInput(old), DiffInput(new))
        return changes(oldInput, newInput, parallel: parallel)
    }

    /// The redline of a text against itself.
    private static func unchanged(_ document: Document) -> Redline {
        let segments = document.source.isEmpty ? [] : [Segment(op: .equal, text: document.source)]
        return Redline(segments: segments, provisions: [], stats: DiffStats(), language: document.language)
    }

    /// The redline between two prepared versions, diffing on two threads when `parallel`.
    static func compare(_ oldInput: DiffInput, _ newInput: DiffInput, parallel: Bool) -> Redline {
        if oldInput.bytes == newInput.bytes { return unchanged(oldInput.document) }
        return changes(oldInput, newInput, parallel: parallel)
    }

    /// The redline between two prepared versions whose texts differ.
    ///
    /// Provisions are paired first (``ProvisionAligner``); the pairs that keep their order are
    /// compared word by word, each with its own partner only (together with the provisions inside
    /// it that only one side has: an article's text that became its paragraph (1) is the same
    /// article's text), and everything between them (text of provisions only one side has, or
    /// that moved) is deleted and inserted whole. So equal
    /// text never crosses a provision boundary, and text that left one provision for another is
    /// found among the deleted and inserted words by ``MoveDetector``.
    private static func changes(_ oldInput: DiffInput, _ newInput: DiffInput, parallel: Bool) -> Redline {
        let new = newInput.document
        let (oldBytes, oldPieces) = (oldInput.bytes, oldInput.pieces)
        let (newBytes, newPieces) = (newInput.bytes, newInput.pieces)
        let aligner = ProvisionAligner(
            old: oldBytes, new: newBytes, oldPieces: oldPieces, newPieces: newPieces, newByPath: newInput.pathIndex)
        var alignment = aligner.exactPairs()
        aligner.completePairs(&alignment)
        var jobs: [DiffJob] = []
        var oldEnd = 0
        var newEnd = 0
        for pair in alignment.ordered {
            let oldRange = oldPieces.ranges[pair.old]
            let newRange = newPieces.ranges[pair.new]
            jobs.append(.replace(oldEnd..<oldRange.lowerBound, newEnd..<newRange.lowerBound))
            let oldFamily = oldPieces.ranges[unpairedDescendants(of: pair.old, oldPieces) { alignment.newOf[$0] < 0 }]
                .upperBound
            let newFamily = newPieces.ranges[unpairedDescendants(of: pair.new, newPieces) { alignment.oldOf[$0] < 0 }]
                .upperBound
            if oldFamily == oldRange.upperBound && newFamily == newRange.upperBound
                && (alignment.sameBytes[pair.old] || ByteCompare.equal(oldBytes, oldRange, newBytes, newRange))
            {
                jobs.append(.equal(oldRange))
            } else {
                jobs.append(.diff(oldRange.lowerBound..<oldFamily, newRange.lowerBound..<newFamily))
            }
            oldEnd = oldFamily
            newEnd = newFamily
        }
        jobs.append(.replace(oldEnd..<oldBytes.count, newEnd..<newBytes.count))
        var session = DiffSession.run(
            jobs.filter { !$0.isEmpty }, old: oldBytes, new: newBytes,
            oldPieces: oldPieces.locator, newPieces: newPieces.locator, parallel: parallel)
        let tally = session.tally
        // The segments and the text moves on one thread, the words of moved pairs and the
        // classification of the changes on the other (the moves do not depend on it).
        let ((segments, spans), report) = Parallel.both(
            bytes: oldBytes.count + newBytes.count,
            {
                let segments = session.segments()
                let spans = MoveDetector.spans(
                    deleted: tally.deleted, inserted: tally.inserted, old: oldBytes, new: newBytes,
                    corresponds: { alignment.corresponds(old: $0, new: $1) })
                return (segments, spans)
            },
            {
                let movedTally = movedWords(alignment, oldBytes, newBytes, oldPieces, newPieces)
                var report = ChangeReport(
                    old: oldBytes, new: newBytes, oldPieces: oldPieces, newPieces: newPieces,
                    alignment: alignment, tally: tally, movedTally: movedTally)
                report.classify()
                return report
            })
        var finished = report
        finished.addMoves(spans)
        finished.coverChangedPaths(oldByPath: oldInput.pathIndex, newByPath: newInput.pathIndex)
        let (changes, moves) = (finished.changes, finished.movedText)
        return Redline(
            segments: MoveMarking.apply(moves, to: segments, old: oldBytes, new: newBytes), provisions: changes,
            stats: tally.stats, language: new.language, oldPlaces: oldInput.places, newPlaces: newInput.places)
    }

    /// The last of the pieces right after `piece` that lie inside it and are `unpaired` (`piece`
    /// itself when there is none).
    private static func unpairedDescendants(of piece: Int, _ pieces: PieceTable, unpaired: (Int) -> Bool) -> Int {
        var last = piece
        while last + 1 < pieces.count, unpaired(last + 1) {
            var ancestor = pieces[last + 1].parent
            while let a = ancestor, a > piece { ancestor = pieces[a].parent }
            guard ancestor == piece else { break }
            last += 1
        }
        return last
    }

    /// The words changed between the two sides of each moved pair, compared with each other.
    private static func movedWords(
        _ alignment: Alignment, _ old: [UInt8], _ new: [UInt8], _ oldPieces: PieceTable, _ newPieces: PieceTable
    ) -> ChangeTally {
        var session = DiffSession(old: old, new: new, oldPieces: oldPieces.locator, newPieces: newPieces.locator)
        for i in 1..<oldPieces.count where alignment.isMoved(old: i) && !alignment.sameBytes[i] {
            session.diff(oldPieces.ranges[i], newPieces.ranges[alignment.newOf[i]])
        }
        return session.tally
    }
}
