import LegisDocument

/// A set of provision paths, hashed as ``PathIndex`` hashes them.
///
/// Not a `Set<ProvisionPath>`: its storage makes the Swift runtime look `ProvisionPath`'s
/// conformance to `Hashable` up among every conformance of the binary the first time, which was
/// a twentieth of a short `legis diff`.
struct PathSet {
    private var first = KeyTable(capacity: 64)
    private var paths: [ProvisionPath] = []
    /// Paths whose key an earlier, different path holds (practically never).
    private var others: [ProvisionPath] = []

    func contains(_ path: ProvisionPath) -> Bool {
        contains(path, key: PathIndex.key(path))
    }

    /// Whether the set holds `path`, whose ``PathIndex/key(_:)`` is `key`.
    func contains(_ path: ProvisionPath, key: UInt64) -> Bool {
        if let index = first[key], paths[index] == path { return true }
        return !others.isEmpty && others.contains(path)
    }

    mutating func insert(_ path: ProvisionPath) {
        insert(path, key: PathIndex.key(path))
    }

    /// Adds `path`, whose ``PathIndex/key(_:)`` is `key`.
    mutating func insert(_ path: ProvisionPath, key: UInt64) {
        guard !contains(path, key: key) else { return }
        if first[key] == nil {
            first.add(key, paths.count) { earlier, _ in earlier }
            paths.append(path)
        } else {
            others.append(path)
        }
    }
}
