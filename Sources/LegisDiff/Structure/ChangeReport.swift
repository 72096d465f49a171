import LegisDocument

/// Turns an alignment and the word tallies into the list of provision changes.
struct ChangeReport {
    let old: [UInt8]
    let new: [UInt8]
    let oldPieces: PieceTable
    let newPieces: PieceTable
    let alignment: Alignment
    let tally: ChangeTally
    /// The word changes between the two sides of each moved pair, compared with each other (in
    /// ``tally`` a moved provision is deleted at its old place and inserted at its new one).
    let movedTally: ChangeTally
    private(set) var changes: [ProvisionChange] = []
    /// The text each `moved` change carried away: a whole provision out of its old order (one
    /// entry per moved piece), or a span of words.
    private(set) var movedText: [MovedText] = []
    /// For each moved old piece, the index of the change that reports it (its own, or that of
    /// its moved parent), or -1. An array by piece, not a dictionary: the first dictionary of a
    /// process has the runtime look `Int: Hashable` up among every conformance of the binary.
    private var movedEntry: [Int]

    init(
        old: [UInt8], new: [UInt8], oldPieces: PieceTable, newPieces: PieceTable, alignment: Alignment,
        tally: ChangeTally, movedTally: ChangeTally
    ) {
        self.old = old
        self.new = new
        self.oldPieces = oldPieces
        self.newPieces = newPieces
        self.alignment = alignment
        self.tally = tally
        self.movedTally = movedTally
        movedEntry = Array(repeating: -1, count: oldPieces.count)
    }

    /// Lists the changes in document order: for each stretch between two pairs in order, the old
    /// pieces that left it, the new pieces that came into it, then the pair itself.
    ///
    /// Every provision only one side has gets an entry of its own, also when its parent is new
    /// or gone too (an article under a new chapter, a paragraph of a new article).
    mutating func classify() {
        var oldNext = 0
        var newNext = 0
        for anchor in alignment.ordered + [PiecePair(old: oldPieces.count, new: newPieces.count)] {
            for i in oldNext..<anchor.old where alignment.newOf[i] < 0 { deleted(i) }
            for j in newNext..<anchor.new {
                let i = alignment.oldOf[j]
                if i < 0 {
                    inserted(j)
                } else if alignment.isMoved(old: i) {
                    moved(i, j)
                } else {
                    paired(i, j)
                }
            }
            if anchor.old < oldPieces.count { paired(anchor.old, anchor.new) }
            oldNext = anchor.old + 1
            newNext = anchor.new + 1
        }
    }

    private mutating func deleted(_ i: Int) {
        changes.append(
            ProvisionChange(
                kind: .deleted, oldPath: oldPieces[i].path, newPath: nil, deletedWords: tally.deletedWords[i],
                oldRange: oldPieces[i].range))
    }

    private mutating func inserted(_ j: Int) {
        changes.append(
            ProvisionChange(
                kind: .inserted, oldPath: nil, newPath: newPieces[j].path, insertedWords: tally.insertedWords[j],
                newRange: newPieces[j].range))
    }

    /// Reports a pair out of order as moved, with the words changed between its two sides; a
    /// piece that moved with its moved parent adds its words to the parent's entry.
    private mutating func moved(_ i: Int, _ j: Int) {
        if let parent = oldPieces[i].parent, case let entry = movedEntry[parent], entry >= 0,
            let newParent = newPieces[j].parent, alignment.corresponds(old: parent, new: newParent)
        {
            movedEntry[i] = entry
            movedText.append(MovedText(old: oldPieces[i].range, new: newPieces[j].range, change: entry))
            changes[entry].insertedWords += movedTally.insertedWords[j]
            changes[entry].deletedWords += movedTally.deletedWords[i]
            changes[entry].oldRange = changes[entry].oldRange.map { $0.lowerBound..<oldPieces[i].range.upperBound }
            changes[entry].newRange = changes[entry].newRange.map { $0.lowerBound..<newPieces[j].range.upperBound }
            return
        }
        movedEntry[i] = changes.count
        movedText.append(MovedText(old: oldPieces[i].range, new: newPieces[j].range, change: changes.count))
        var change = change(.moved, i, j)
        change.insertedWords = movedTally.insertedWords[j]
        change.deletedWords = movedTally.deletedWords[i]
        changes.append(change)
    }

    /// Reports a pair in order: renumbered when its number changed (with its word changes, if
    /// any), moved when it now lies in another provision, modified when its wording changed.
    private mutating func paired(_ i: Int, _ j: Int) {
        let changed = tally.oldChanged[i] || tally.newChanged[j]
        let before = oldPieces[i]
        let after = newPieces[j]
        if before.path != nil, after.path != nil, before.number != after.number {
            changes.append(change(.renumbered, i, j))
            return
        }
        if before.path != after.path, !parentsCorrespond(i, j) {
            changes.append(change(.moved, i, j))
            return
        }
        if changed || ownTextMovedInOrOut(i, j) { changes.append(change(.modified, i, j)) }
    }

    /// Whether the own text of a pair differs although no word of it changed: text that
    /// belonged to a paragraph only one side has (compared with the pair, see ``DocumentDiff``)
    /// became the provision's own, or the other way round (`(1)` taken away from an article's
    /// only paragraph).
    private func ownTextMovedInOrOut(_ i: Int, _ j: Int) -> Bool {
        let oldChild = i + 1 < oldPieces.count && oldPieces[i + 1].parent == i && alignment.newOf[i + 1] < 0
        let newChild = j + 1 < newPieces.count && newPieces[j + 1].parent == j && alignment.oldOf[j + 1] < 0
        guard oldChild || newChild else { return false }
        return !sameWording(old, oldPieces.ranges[i], new, newPieces.ranges[j])
    }

    /// Whether the parents of old piece `i` and new piece `j` are the same provision (or both
    /// have none).
    private func parentsCorrespond(_ i: Int, _ j: Int) -> Bool {
        switch (oldPieces[i].parent, newPieces[j].parent) {
        case (nil, nil): true
        case (let a?, let b?): alignment.corresponds(old: a, new: b)
        default: false
        }
    }

    private func change(_ kind: ProvisionChange.Kind, _ i: Int, _ j: Int) -> ProvisionChange {
        ProvisionChange(
            kind: kind, oldPath: oldPieces[i].path, newPath: newPieces[j].path,
            insertedWords: tally.insertedWords[j], deletedWords: tally.deletedWords[i],
            oldRange: oldPieces[i].range, newRange: newPieces[j].range)
    }

    /// Adds the spans moved from one provision to another, unless a whole moved provision
    /// already accounts for them.
    mutating func addMoves(_ spans: [MovedSpan]) {
        let oldLocator = oldPieces.locator
        let newLocator = newPieces.locator
        for span in spans {
            let i = oldLocator.piece(at: span.old.lowerBound)
            let j = newLocator.piece(at: span.new.lowerBound)
            if alignment.newOf[i] == j && alignment.isMoved(old: i) { continue }
            let text = new.withUnsafeBufferPointer {
                String(decoding: UnsafeBufferPointer(rebasing: $0[span.new]), as: UTF8.self)
            }
            movedText.append(MovedText(old: span.old, new: span.new, change: changes.count))
            changes.append(
                ProvisionChange(
                    kind: .moved, oldPath: oldPieces[i].path, newPath: newPieces[j].path,
                    insertedWords: span.words, deletedWords: span.words, oldRange: span.old,
                    newRange: span.new, movedText: text))
        }
    }

    /// Reports the pairs whose path changed, unchanged otherwise, when a reader comparing the
    /// versions path by path would find a different text at either path and no entry names it
    /// yet: so that every path whose text differs between the versions is in the report.
    mutating func coverChangedPaths(oldByPath: PathIndex, newByPath: PathIndex) {
        var reported = PathSet()
        for change in changes {
            if let path = change.oldPath { reported.insert(path) }
            if let path = change.newPath { reported.insert(path) }
        }
        for i in 1..<oldPieces.count {
            let j = alignment.newOf[i]
            // The paths' keys first: different keys, different paths.
            guard j >= 0, let before = oldPieces[i].path, let after = newPieces[j].path else { continue }
            let beforeKey = oldPieces.pathKeys[i]
            let afterKey = newPieces.pathKeys[j]
            guard beforeKey != afterKey || before != after,
                !reported.contains(before, key: beforeKey) || !reported.contains(after, key: afterKey)
            else { continue }
            let atOld = newByPath.piece(at: before, key: oldPieces.pathKeys[i])
            let atNew = oldByPath.piece(at: after, key: newPieces.pathKeys[j])
            let differs =
                (!reported.contains(before, key: beforeKey)
                    && !sameWording(old, oldPieces.ranges[i], new, atOld.map { newPieces.ranges[$0] }))
                || (!reported.contains(after, key: afterKey)
                    && !sameWording(new, newPieces.ranges[j], old, atNew.map { oldPieces.ranges[$0] }))
            guard differs else { continue }
            changes.append(change(oldPieces[i].number == newPieces[j].number ? .moved : .renumbered, i, j))
            reported.insert(before, key: beforeKey)
            reported.insert(after, key: afterKey)
        }
    }

    /// Whether `range` of `bytes` and `other` of `otherBytes` hold the same words, whitespace
    /// aside (`false` when there is no `other`).
    private func sameWording(_ bytes: [UInt8], _ range: Range<Int>, _ otherBytes: [UInt8], _ other: Range<Int>?) -> Bool {
        guard let other else { return false }
        return ContentKey.of(bytes, range, label: nil).key == ContentKey.of(otherBytes, other, label: nil).key
    }
}
