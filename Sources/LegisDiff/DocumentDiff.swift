public import LegisDocument

/// Structure-aware comparison of two versions of a document.
public enum DocumentDiff {
    /// The redline from `old` to `new`.
    ///
    /// Provisions with the same bytes at the same path, or the same wording under another
    /// number, are paired first and skipped; the stretches between them are diffed word by
    /// word, and the pieces whose text that diff finds largely equal (or, failing that, that
    /// keep their path) are paired too. Each changed provision is reported as modified, inserted, deleted, moved or
    /// renumbered; spans of eight words or more deleted in one provision and inserted in another
    /// are reported as moved.
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
        if old.source == new.source { return unchanged(old) }
        let (oldInput, newInput) =
            parallel ? Parallel.both({ DiffInput(old) }, { DiffInput(new) }) : (DiffInput(old), DiffInput(new))
        return changes(oldInput, newInput, parallel: parallel)
    }

    /// The redline of a text against itself.
    private static func unchanged(_ document: Document) -> Redline {
        let segments = document.source.isEmpty ? [] : [Segment(op: .equal, text: document.source)]
        return Redline(segments: segments, provisions: [], stats: DiffStats())
    }

    /// The redline between two prepared versions, diffing on two threads when `parallel`.
    static func compare(_ oldInput: DiffInput, _ newInput: DiffInput, parallel: Bool) -> Redline {
        if oldInput.bytes == newInput.bytes { return unchanged(oldInput.document) }
        return changes(oldInput, newInput, parallel: parallel)
    }

    /// The redline between two prepared versions whose texts differ.
    private static func changes(_ oldInput: DiffInput, _ newInput: DiffInput, parallel: Bool) -> Redline {
        let old = oldInput.document
        let new = newInput.document
        let (oldBytes, oldPieces) = (oldInput.bytes, oldInput.pieces)
        let (newBytes, newPieces) = (newInput.bytes, newInput.pieces)
        let aligner = ProvisionAligner(
            old: oldBytes, new: newBytes, oldPieces: oldPieces, newPieces: newPieces, newByPath: newInput.pathIndex)
        var alignment = aligner.exactPairs()
        var jobs: [DiffJob] = []
        var oldEnd = 0
        var newEnd = 0
        for anchor in alignment.anchors {
            let oldRange = oldPieces.ranges[anchor.old]
            let newRange = newPieces.ranges[anchor.new]
            jobs.append(.diff(oldEnd..<oldRange.lowerBound, newEnd..<newRange.lowerBound))
            if alignment.sameBytes[anchor.old] || ByteCompare.equal(oldBytes, oldRange, newBytes, newRange) {
                jobs.append(.equal(oldRange))
            } else {
                jobs.append(.diff(oldRange, newRange))
            }
            oldEnd = oldRange.upperBound
            newEnd = newRange.upperBound
        }
        jobs.append(.diff(oldEnd..<oldBytes.count, newEnd..<newBytes.count))
        var session = DiffSession.run(
            jobs.filter { $0.size > 0 || $0.isEqual }, old: oldBytes, new: newBytes,
            oldPieces: oldPieces.locator, newPieces: newPieces.locator, parallel: parallel)
        let tally = session.tally
        let overlaps = session.overlaps.overlaps()
        let (segments, changes) = Parallel.both(
            { session.segments(oldSource: old.source, newSource: new.source) },
            {
                aligner.completePairs(&alignment, overlaps: overlaps)
                var report = ChangeReport(
                    old: oldBytes, new: newBytes, oldPieces: oldPieces, newPieces: newPieces,
                    alignment: alignment, tally: tally)
                report.classify()
                report.addMoves(MoveDetector.spans(deleted: tally.deleted, inserted: tally.inserted))
                return report.changes
            })
        return Redline(segments: segments, provisions: changes, stats: tally.stats)
    }
}
