import LegisDiff
import LegisDocument

/// Which provisions an endorsement's text changed in, with the redline's provision identity: a
/// provision only renumbered or moved, word for word the same, has not changed, and a scope
/// follows its provision to its new number.
enum ScopeComparison {
    /// The provisions whose wording differs between `before` and `after` (their paths in
    /// `after`, or in `before` for those gone); with a `scope` (paths in `before`), only those
    /// in it, named as in the scope.
    static func changed(_ before: Document, _ after: Document, scope: [String]) -> [String] {
        let redline = DocumentDiff.compare(before, after)
        if scope.isEmpty {
            var seen = Set<String>()
            var result: [String] = []
            for change in redline.provisions where !isOnlyRenumbered(change, before, after) {
                guard let path = (change.newPath ?? change.oldPath)?.description, seen.insert(path).inserted
                else { continue }
                result.append(path)
            }
            if result.isEmpty && redline.hasChanges && redline.provisions.isEmpty {
                result = ["(the text outside any provision)"]
            }
            return result
        }
        return scope.filter { path in
            let wanted = ProvisionPath(path)
            guard let old = before.provision(at: wanted) else { return after.provision(at: wanted) != nil }
            guard let newPath = follow(wanted, redline), let new = after.provision(at: newPath) else { return true }
            return wording(before.text(old.range), label: old.label) != wording(after.text(new.range), label: new.label)
        }
    }

    /// Where the provision at `path` of the old version is in the new one: through the entry of
    /// the provision or of its nearest ancestor that changed path; `nil` when it was deleted.
    static func follow(_ path: ProvisionPath, _ redline: Redline) -> ProvisionPath? {
        var components = path.components
        var tail: [String] = []
        while !components.isEmpty {
            let candidate = ProvisionPath(components: components)
            if let change = redline.provisions.first(where: { $0.oldPath == candidate && $0.movedText == nil }) {
                guard let newPath = change.newPath else { return nil }
                return ProvisionPath(components: newPath.components + tail)
            }
            if let last = components.popLast() { tail.insert(last, at: 0) }
        }
        return path
    }

    /// Whether `change` is a renumbering or move of a provision whose wording, its marker aside,
    /// is the same on both sides.
    static func isOnlyRenumbered(_ change: ProvisionChange, _ before: Document, _ after: Document) -> Bool {
        guard change.kind == .renumbered || (change.kind == .moved && change.movedText == nil),
            let oldPath = change.oldPath, let newPath = change.newPath,
            let old = before.provision(at: oldPath), let new = after.provision(at: newPath)
        else { return false }
        return wording(before.text(old.range), label: old.label) == wording(after.text(new.range), label: new.label)
    }

    /// The words of `text` without the whitespace between them, and without the first
    /// occurrence of `label` (the marker, which holds the number).
    static func wording(_ text: String, label: String) -> [ArraySlice<UInt8>] {
        var bytes = Array(text.utf8)
        let marker = Array(label.utf8)
        if !marker.isEmpty, marker.count <= bytes.count {
            let limit = min(bytes.count - marker.count, 256)
            if let start = (0...limit).first(where: { bytes[$0..<($0 + marker.count)].elementsEqual(marker) }) {
                bytes.removeSubrange(start..<(start + marker.count))
            }
        }
        return bytes.split(whereSeparator: { $0 == 0x20 || (0x09...0x0D).contains($0) })
    }
}
