public import LegisDocument

extension Redline {
    /// A self-contained HTML page: word totals, the list of changed provisions, and the whole
    /// text with `<del>` and `<ins>`.
    func html(title: String) -> String {
        var body = "<p class=\"stats\">\(stats.insertedWords.counting("word")) inserted, \(stats.deletedWords.counting("word")) deleted</p>\n"
        if !provisions.isEmpty {
            body +=
                "<table class=\"changes\">\n<tr><th>Change</th><th>Provision</th><th>Inserted</th><th>Deleted</th></tr>\n"
            for change in provisions {
                body += "<tr><td class=\"kind\">\(change.kind.rawValue)</td><td>\(change.displayName(profile).htmlEscaped)</td>"
                body += "<td>+\(change.insertedWords)</td><td>-\(change.deletedWords)</td></tr>\n"
            }
            body += "</table>\n"
        }
        if hasMovedText { body += "<p class=\"stats\">" + Self.movedTextLegend + "</p>\n" }
        body += "<div class=\"redline\">" + HTMLPage.marked(segments, names: PlaceNames(self)) + "</div>"
        return HTMLPage.page(title: title, body: body)
    }

    /// Whether some text moved: a segment carries a `move`.
    package var hasMovedText: Bool { segments.contains { $0.move != nil } }

    /// The legend of moved text, as HTML: `<del class="moved">` where it stood, `<ins
    /// class="moved">` where it stands now.
    package static let movedTextLegend =
        "Moved text: <del class=\"moved\">where it stood</del>, <ins class=\"moved\">where it stands now</ins>."
}

extension ProvisionChange {
    /// The provision as a lawyer names it in `profile` (`Article 3(3)`, `Art. 3 alin. (3)`,
    /// `§ 3 Abs. 3`), `old → new` when that changed; the path without a profile.
    public func displayName(_ profile: StructureProfile?) -> String {
        guard let profile else { return displayPath }
        switch (oldPath, newPath) {
        case (let old?, let new?) where profile.citation(of: old) != profile.citation(of: new):
            return "\(profile.citation(of: old)) → \(profile.citation(of: new))"
        case (let old?, let new?) where old != new: return "\(old) → \(new)"
        case (_, let new?): return profile.citation(of: new)
        case (let old?, nil): return profile.citation(of: old)
        case (nil, nil): return "(preamble)"
        }
    }

    /// The path as shown to a reader: `art-3`, `art-3 → art-4` when it changed, `(preamble)` for
    /// the text before the first provision.
    public var displayPath: String {
        switch (oldPath, newPath) {
        case (let old?, let new?) where old != new: "\(old) → \(new)"
        case (let old?, _): old.description
        case (nil, let new?): new.description
        case (nil, nil): "(preamble)"
        }
    }
}
