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

    /// The redline from `old` to `new`, diffing on two threads when `parallel` and there is much
    /// to diff (the result is the same bytes either way).
    static func compare(_ old: Document, _ new: Document, parallel: Bool) -> Redline {
        if old.source == new.source {
            let segments = old.source.isEmpty ? [] : [Segment(op: .equal, text: old.source)]
            return Redline(segments: segments, provisions: [], stats: DiffStats())
        }
        let ((oldBytes, oldPieces), (newBytes, newPieces)) = Parallel.both(
            { (old.sourceBytes, PieceTable(old, byteCount: old.source.utf8.count)) },
            { (new.sourceBytes, PieceTable(new, byteCount: new.source.utf8.count)) })
        let aligner = ProvisionAligner(old: oldBytes, new: newBytes, oldPieces: oldPieces, newPieces: newPieces)
        var alignment = aligner.exactPairs()
        var jobs: [DiffJob] = []
        var oldEnd = 0
        var newEnd = 0
        for anchor in alignment.anchors {
            let oldRange = oldPieces[anchor.old].range
            let newRange = newPieces[anchor.new].range
            jobs.append(.diff(oldEnd..<oldRange.lowerBound, newEnd..<newRange.lowerBound))
            if ByteCompare.equal(oldBytes, oldRange, newBytes, newRange) {
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
