/// Word-level diff of plain text.
public enum WordDiff {
    /// The segments that turn `old` into `new`, word by word.
    ///
    /// Equal and deleted segments joined give `old` byte for byte; equal and inserted segments
    /// give `new`. A change of line wrapping alone appears as a deletion and an insertion of
    /// whitespace only.
    public static func segments(old: String, new: String) -> [Segment] {
        var session = DiffSession(
            old: Array(old.utf8), new: Array(new.utf8), oldPieces: PieceLocator(starts: [0]),
            newPieces: PieceLocator(starts: [0]))
        session.diff(0..<old.utf8.count, 0..<new.utf8.count)
        return session.segments()
    }

    /// The segments and word totals that turn `old` into `new`, as a redline without provisions
    /// (other than a single change for the whole text when its wording differs).
    public static func redline(old: String, new: String) -> Redline {
        var session = DiffSession(
            old: Array(old.utf8), new: Array(new.utf8), oldPieces: PieceLocator(starts: [0]),
            newPieces: PieceLocator(starts: [0]))
        session.diff(0..<old.utf8.count, 0..<new.utf8.count)
        let tally = session.tally
        var provisions: [ProvisionChange] = []
        if tally.oldChanged[0] || tally.newChanged[0] {
            provisions.append(
                ProvisionChange(
                    kind: .modified, oldPath: nil, newPath: nil, insertedWords: tally.insertedWords[0],
                    deletedWords: tally.deletedWords[0], oldRange: 0..<old.utf8.count,
                    newRange: 0..<new.utf8.count))
        }
        return Redline(
            segments: session.segments(), provisions: provisions, stats: tally.stats)
    }
}
