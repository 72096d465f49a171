/// Runs word diffs over regions of two texts and collects the segments and tallies.
///
/// One session serves one comparison: it owns the interner, so token ids are comparable across
/// every region, and one work budget, so the comparison as a whole stays bounded.
struct DiffSession {
    let old: [UInt8]
    let new: [UInt8]
    private var interner = TokenInterner()
    private var differ: SequenceDiffer
    private var oldTokens = TokenList()
    private var newTokens = TokenList()
    var builder = SegmentBuilder()
    var tally: ChangeTally

    init(old: [UInt8], new: [UInt8], oldPieces: PieceLocator, newPieces: PieceLocator, share: Int = 1) {
        self.old = old
        self.new = new
        differ = SequenceDiffer(budget: (60_000_000 + 60 * (old.count + new.count)) / max(share, 1))
        tally = ChangeTally(old: old, new: new, oldPieces: oldPieces, newPieces: newPieces)
    }

    /// Emits text both versions share, at `range` of the old source.
    mutating func equal(_ range: Range<Int>) {
        builder.equal(range)
    }

    /// Emits `oldRange` of the old source as deleted and `newRange` of the new one as inserted,
    /// without looking for words they share.
    mutating func replace(_ oldRange: Range<Int>, _ newRange: Range<Int>) {
        builder.delete(oldRange)
        builder.insert(newRange)
        tally.record(deleting: oldRange, inserting: newRange)
    }

    /// Diffs `oldRange` of the old source against `newRange` of the new one.
    mutating func diff(_ oldRange: Range<Int>, _ newRange: Range<Int>) {
        if bytesEqual(oldRange, newRange) {
            builder.equal(oldRange)
            return
        }
        if oldRange.isEmpty || newRange.isEmpty {
            builder.delete(oldRange)
            builder.insert(newRange)
            tally.record(deleting: oldRange, inserting: newRange)
            return
        }
        old.withUnsafeBufferPointer { oldTokens.tokenize($0, oldRange, interner: &interner) }
        new.withUnsafeBufferPointer { newTokens.tokenize($0, newRange, interner: &interner) }
        let matches = WordMatches.expand(
            differ.matches(oldTokens.wordIds, newTokens.wordIds, idCount: interner.count),
            old: oldTokens, new: newTokens)
        let script = Edit.script(matches, aCount: oldTokens.count, bCount: newTokens.count)
        let kinds = interner.kinds
        let cleaned = SemanticCleanup(
            old: oldTokens, new: newTokens, kinds: kinds, oldBytes: old, newBytes: new
        ).apply(script)
        for edit in cleaned {
            if edit.isEqual {
                emitEqual(edit)
            } else {
                let deleted = oldTokens.byteRange(edit.a)
                let inserted = newTokens.byteRange(edit.b)
                builder.delete(deleted)
                builder.insert(inserted)
                tally.record(deleting: deleted, inserting: inserted)
            }
        }
    }

    /// Emits equal tokens; whitespace that differs only in its bytes (a change of line wrapping)
    /// becomes a deletion and an insertion that count no words.
    private mutating func emitEqual(_ edit: Edit) {
        let oldRange = oldTokens.byteRange(edit.a)
        let newRange = newTokens.byteRange(edit.b)
        if bytesEqual(oldRange, newRange) {
            builder.equal(oldRange)
            return
        }
        var runStart = oldRange.lowerBound
        for k in 0..<edit.a.count {
            let o = oldTokens.byteRange((edit.a.lowerBound + k)..<(edit.a.lowerBound + k + 1))
            let n = newTokens.byteRange((edit.b.lowerBound + k)..<(edit.b.lowerBound + k + 1))
            if bytesEqual(o, n) { continue }
            builder.equal(runStart..<o.lowerBound)
            builder.delete(o)
            builder.insert(n)
            runStart = o.upperBound
        }
        builder.equal(runStart..<oldRange.upperBound)
    }

    /// Whether the old bytes at `a` equal the new bytes at `b`.
    func bytesEqual(_ a: Range<Int>, _ b: Range<Int>) -> Bool {
        ByteCompare.equal(old, a, new, b)
    }

    /// The finished segments, their text cut from ``old`` and ``new``.
    mutating func segments() -> [Segment] {
        builder.flush()
        return builder.materialize(old: old, new: new)
    }
}
