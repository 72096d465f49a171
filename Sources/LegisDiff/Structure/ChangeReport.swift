import LegisDocument

/// Turns an alignment and the word tallies into the list of provision changes.
struct ChangeReport {
    let old: [UInt8]
    let new: [UInt8]
    let oldPieces: PieceTable
    let newPieces: PieceTable
    let alignment: Alignment
    let tally: ChangeTally
    private(set) var changes: [ProvisionChange] = []
    /// For each deleted old piece and inserted new piece, the index of the change that
    /// reports it (its own, or that of its deleted or inserted ancestor).
    private var deletedEntry: [Int: Int] = [:]
    private var insertedEntry: [Int: Int] = [:]

    init(
        old: [UInt8], new: [UInt8], oldPieces: PieceTable, newPieces: PieceTable, alignment: Alignment,
        tally: ChangeTally
    ) {
        self.old = old
        self.new = new
        self.oldPieces = oldPieces
        self.newPieces = newPieces
        self.alignment = alignment
        self.tally = tally
    }

    /// Lists the changes in document order: for each stretch between two anchors, the old pieces
    /// that left it, the new pieces that came into it, then the anchor itself.
    mutating func classify() {
        var oldNext = 0
        var newNext = 0
        for anchor in alignment.ordered + [(old: oldPieces.count, new: newPieces.count)] {
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

    /// Reports a deleted piece, or adds its words to its deleted ancestor's change.
    private mutating func deleted(_ i: Int) {
        if let parent = oldPieces[i].parent, let entry = deletedEntry[parent] {
            deletedEntry[i] = entry
            changes[entry].deletedWords += tally.deletedWords[i]
            changes[entry].oldRange = changes[entry].oldRange.map { $0.lowerBound..<oldPieces[i].range.upperBound }
            return
        }
        deletedEntry[i] = changes.count
        changes.append(
            ProvisionChange(
                kind: .deleted, oldPath: oldPieces[i].path, newPath: nil, deletedWords: tally.deletedWords[i],
                oldRange: oldPieces[i].range))
    }

    /// Reports an inserted piece, or adds its words to its inserted ancestor's change.
    private mutating func inserted(_ j: Int) {
        if let parent = newPieces[j].parent, let entry = insertedEntry[parent] {
            insertedEntry[j] = entry
            changes[entry].insertedWords += tally.insertedWords[j]
            changes[entry].newRange = changes[entry].newRange.map { $0.lowerBound..<newPieces[j].range.upperBound }
            return
        }
        insertedEntry[j] = changes.count
        changes.append(
            ProvisionChange(
                kind: .inserted, oldPath: nil, newPath: newPieces[j].path, insertedWords: tally.insertedWords[j],
                newRange: newPieces[j].range))
    }

    private mutating func moved(_ i: Int, _ j: Int) {
        changes.append(change(.moved, i, j))
    }

    private mutating func paired(_ i: Int, _ j: Int) {
        let changed = tally.oldChanged[i] || tally.newChanged[j]
        let before = oldPieces[i]
        let after = newPieces[j]
        if before.path != nil, after.path != nil, before.number != after.number {
            let sameWording = before.contentKey(old) == after.contentKey(new)
            if sameWording || !changed {
                changes.append(change(.renumbered, i, j))
                return
            }
        }
        if changed { changes.append(change(.modified, i, j)) }
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
            changes.append(
                ProvisionChange(
                    kind: .moved, oldPath: oldPieces[i].path, newPath: newPieces[j].path,
                    insertedWords: span.words, deletedWords: span.words, oldRange: span.old,
                    newRange: span.new, movedText: text))
        }
    }
}
