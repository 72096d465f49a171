import LegisDiff
public import LegisDocument

/// Three-way merge of a proposal into a document, provision by provision.
///
/// Provisions are matched by identity (``ProvisionMatching``), so a proposal still applies after
/// the document renumbered or moved the provisions it touches. A provision changed only by the
/// proposal is taken; one changed only in the document is kept; one changed on both sides is
/// kept when both made the same change, merged word by word when they changed different words,
/// and reported as a conflict otherwise. Provisions the proposal inserts (or moves) are placed
/// after the provision that precedes them in the proposal.
public enum ProvisionMerge {
    /// Merges the changes from `base` to `proposed` into `current`.
    public static func merge(base: Document, current: Document, proposed: Document) -> MergeOutcome {
        let basePieces = base.pieces
        let currentPieces = current.pieces
        let proposedPieces = proposed.pieces
        let toCurrent = ProvisionMatching.pieceMap(
            old: basePieces, new: currentPieces,
            paths: ProvisionMatching.paths(old: base, new: current, redline: DocumentDiff.compare(base, current)))
        let toProposed = ProvisionMatching.pieceMap(
            old: basePieces, new: proposedPieces,
            paths: ProvisionMatching.paths(old: base, new: proposed, redline: DocumentDiff.compare(base, proposed)))
        var fromProposed = [Int?](repeating: nil, count: proposedPieces.count)
        for (index, target) in toProposed.enumerated() { if let target { fromProposed[target] = index } }
        var currentMatched = [Bool](repeating: false, count: currentPieces.count)
        for target in toCurrent { if let target { currentMatched[target] = true } }

        var texts: [String?] = currentPieces.map(\.text)
        var conflicts: [MergeConflict] = []
        var taken = Set<Int>()
        for (index, piece) in basePieces.enumerated() {
            let c = toCurrent[index]
            let p = toProposed[index]
            let proposedText = p.map { proposedPieces[$0].text }
            let currentText = c.map { currentPieces[$0].text }
            guard proposedText != piece.text else { continue }
            if currentText == piece.text, let c {
                texts[c] = proposedText
                taken.insert(c)
                continue
            }
            if currentText == proposedText { continue }
            if let c, let currentText, let proposedText,
                let merged = WordMerge.merge(base: piece.text, ours: currentText, theirs: proposedText)
            {
                texts[c] = merged
                taken.insert(c)
                continue
            }
            let path = c.flatMap { currentPieces[$0].path } ?? piece.path
            conflicts.append(
                MergeConflict(path: path?.description ?? "", base: piece.text, current: currentText, proposed: proposedText))
        }

        // Order: the current text's, with the proposal's inserted and moved pieces placed after
        // the piece that precedes them in the proposal.
        let moved = movedPieces(fromProposed)
        enum Item: Hashable { case current(Int), proposed(Int) }
        var order: [Item] = []
        var movedCurrent = Set<Int>()
        for (k, base) in fromProposed.enumerated() where moved.contains(k) {
            if let base, let c = toCurrent[base] { movedCurrent.insert(c) }
        }
        for index in currentPieces.indices where !movedCurrent.contains(index) { order.append(.current(index)) }
        var lastPlaced: (k: Int, position: Int)?
        for (k, piece) in proposedPieces.enumerated() {
            let base = fromProposed[k]
            let isInserted = base == nil
            guard isInserted || moved.contains(k) else { continue }
            if isInserted, let path = piece.path,
                let twin = currentPieces.indices.first(where: { !currentMatched[$0] && currentPieces[$0].path == path })
            {
                // Inserted on both sides under the same number: the same text is one change, another is a conflict.
                if currentPieces[twin].text != piece.text {
                    conflicts.append(MergeConflict(path: path.description, base: nil, current: currentPieces[twin].text, proposed: piece.text))
                }
                continue
            }
            let item: Item
            if let base {
                guard let c = toCurrent[base] else { continue }
                item = .current(c)
            } else {
                item = .proposed(k)
            }
            var position = 0
            if let last = lastPlaced, last.k == k - 1 {
                position = last.position + 1
            } else {
                var anchor = k - 1
                while anchor > 0 {
                    if let b = fromProposed[anchor], let c = toCurrent[b], let at = order.firstIndex(of: .current(c)) {
                        position = at + 1
                        break
                    }
                    anchor -= 1
                }
                if anchor == 0 { position = 1 }
            }
            position = min(position, order.count)
            order.insert(item, at: position)
            lastPlaced = (k, position)
        }

        var text = ""
        var takenPaths: [String] = []
        for item in order {
            switch item {
            case .current(let c):
                if let piece = texts[c] { text += piece }
                if taken.contains(c) { takenPaths.append(currentPieces[c].path?.description ?? "") }
            case .proposed(let k):
                text += proposedPieces[k].text
                takenPaths.append(proposedPieces[k].path?.description ?? "")
            }
        }
        return MergeOutcome(text: text, conflicts: conflicts, taken: takenPaths)
    }

    /// The proposal's pieces that left their base order: those outside a longest run whose base
    /// positions increase.
    static func movedPieces(_ fromBase: [Int?]) -> Set<Int> {
        let entries = fromBase.enumerated().compactMap { k, base in base.map { (k, $0) } }
        // Longest increasing subsequence by patience sorting, keeping predecessors.
        var tails: [Int] = []
        var previous = [Int](repeating: -1, count: entries.count)
        for (i, entry) in entries.enumerated() {
            var low = 0
            var high = tails.count
            while low < high {
                let mid = (low + high) / 2
                if entries[tails[mid]].1 < entry.1 { low = mid + 1 } else { high = mid }
            }
            if low > 0 { previous[i] = tails[low - 1] }
            if low == tails.count { tails.append(i) } else { tails[low] = i }
        }
        var kept = Set<Int>()
        var cursor = tails.last ?? -1
        while cursor >= 0 {
            kept.insert(entries[cursor].0)
            cursor = previous[cursor]
        }
        return Set(entries.map(\.0)).subtracting(kept)
    }
}
