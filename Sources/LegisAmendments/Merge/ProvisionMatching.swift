public import LegisDiff
public import LegisDocument

/// Which provision of a later version each provision of an earlier one became, by identity
/// rather than by number.
///
/// The redline's changes name the pairs it found (modified, moved, renumbered); a provision the
/// redline does not name keeps its path, or follows its parent when the parent was renumbered
/// (`art-5/par-1` becomes `art-6/par-1` when article 5 becomes article 6). A provision inside a
/// deleted one is gone; a path already taken by another pair is not reused.
public enum ProvisionMatching {
    /// The path in `new` of each provision of `old` that is still there.
    public static func paths(old: Document, new: Document, redline: Redline) -> [ProvisionPath: ProvisionPath] {
        var explicit: [ProvisionPath: ProvisionPath] = [:]
        var deleted: [ProvisionPath] = []
        for change in redline.provisions where change.movedText == nil {
            switch change.kind {
            case .modified, .moved, .renumbered:
                if let from = change.oldPath, let to = change.newPath { explicit[from] = to }
            case .deleted:
                if let from = change.oldPath { deleted.append(from) }
            case .inserted:
                break
            }
        }
        let newPaths = Set(new.allProvisions.map(\.path))
        var claimed = Set(explicit.values)
        var result: [ProvisionPath: ProvisionPath] = [:]
        for provision in old.allProvisions {
            let path = provision.path
            if let target = explicit[path] {
                result[path] = target
                continue
            }
            if deleted.contains(where: { path.isWithin($0) }) { continue }
            var candidate = path
            if path.components.count > 1 {
                let parent = ProvisionPath(components: Array(path.components.dropLast()))
                if let parentTarget = result[parent], parentTarget != parent, let last = path.components.last {
                    candidate = ProvisionPath(components: parentTarget.components + [last])
                }
            }
            if newPaths.contains(candidate), !claimed.contains(candidate) {
                result[path] = candidate
                claimed.insert(candidate)
            }
        }
        return result
    }

    /// For each piece of `old`, the index of its piece in `new` (the opening texts always pair).
    static func pieceMap(old: [TextPiece], new: [TextPiece], paths: [ProvisionPath: ProvisionPath]) -> [Int?] {
        var newIndex: [ProvisionPath: Int] = [:]
        for (index, piece) in new.enumerated() {
            if let path = piece.path, newIndex[path] == nil { newIndex[path] = index }
        }
        return old.map { piece in
            guard let path = piece.path else { return 0 }
            return paths[path].flatMap { newIndex[$0] }
        }
    }
}
