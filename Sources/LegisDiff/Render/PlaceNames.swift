import LegisDocument

/// Names the places of a redline as a reader knows them: a provision by its legal name in the
/// text's language (`Art. 5 alin. (2)`), with the heading of its article, and, for moved text,
/// the place it went to or came from.
package struct PlaceNames {
    private let redline: Redline
    private let profile: StructureProfile?
    /// How each provision that is not merely modified changed, by its old and its new path.
    private var oldChanges: [ProvisionPath: ProvisionChange] = [:]
    private var newChanges: [ProvisionPath: ProvisionChange] = [:]

    package init(_ redline: Redline) {
        self.redline = redline
        profile = redline.profile
        for change in redline.provisions where change.kind != .modified && change.movedText == nil {
            if let path = change.oldPath { oldChanges[path] = change }
            if let path = change.newPath { newChanges[path] = change }
        }
    }

    /// Whether the redline knows the provisions of its texts (a diff of plain text does not).
    var knowsProvisions: Bool { !redline.oldPlaces.places.isEmpty || !redline.newPlaces.places.isEmpty }

    /// The legal name of `path` (its path without a language; the text before any provision
    /// when nil).
    func name(_ path: ProvisionPath?) -> String {
        guard let path else { return "the text before the first provision" }
        return profile?.citation(of: path) ?? path.description
    }

    /// For moved text, where it went (`moved to Art. 7 alin. (1)`) or came from; nil otherwise.
    package func moveNote(_ segment: Segment) -> String? {
        guard let move = segment.move, redline.provisions.indices.contains(move) else { return nil }
        let change = redline.provisions[move]
        let (from, to) = (name(change.oldPath), name(change.newPath))
        switch segment.op {
        case .delete: return from == to ? "moved to its new place" : "moved to " + to
        case .insert: return from == to ? "moved from its old place" : "moved from " + from
        case .equal: return nil
        }
    }

    /// The provision holding byte `offset` of the old text (`old`) or the new one, as an index
    /// in that text's places; nil before the first provision.
    func place(old: Bool, offset: Int) -> Int? {
        (old ? redline.oldPlaces : redline.newPlaces).index(at: offset)
    }

    /// Whether place `index` is `ancestor` or lies inside it.
    func place(_ index: Int?, old: Bool, isWithin ancestor: Int?) -> Bool {
        guard let ancestor else { return false }
        let places = old ? redline.oldPlaces : redline.newPlaces
        var current = index
        while let at = current {
            if at == ancestor { return true }
            current = places.places[at].parent
        }
        return false
    }

    /// The title of place `index`: its legal name, the heading of its article, and how it changed
    /// unless it was only modified (`Art. 5 alin. (2) — Licențierea`, `Article 7^1 — Data
    /// (inserted)`, `Article 4 — Register (moved to Article 6^1)`, `Article 6 (moved here)`).
    func title(old: Bool, _ index: Int?) -> String {
        guard let index else { return "Before the first provision" }
        let places = old ? redline.oldPlaces : redline.newPlaces
        let path = places.places[index].path
        var title = name(path)
        if let heading = places.heading(of: index), !heading.isEmpty { title += " — " + heading }
        guard let change = (old ? oldChanges : newChanges)[path] else { return title }
        let (from, to) = (name(change.oldPath), name(change.newPath))
        switch (change.kind, old) {
        case (.moved, _) where from == to: return title + (old ? " (moved from here)" : " (moved here)")
        case (.moved, true), (.renumbered, true): return title + " (\(change.kind.rawValue) to \(to))"
        case (.moved, false), (.renumbered, false): return title + " (\(change.kind.rawValue) from \(from))"
        default: return title + " (\(change.kind.rawValue))"
        }
    }
}
