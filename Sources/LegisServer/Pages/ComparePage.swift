import LegisDiff
import LegisDocument
import LegisGit
import LegisTracker

/// Two revisions of a document side by side (`/documents/{id}/compare?from=A&to=B`): the form to
/// choose them, then the changed provisions, a synopsis and the inline redline.
struct ComparePage: Sendable {
    /// What the comparison found, with the HTML parts built by ``RedlineHTML``.
    struct Result: Sendable {
        var fromShort: String
        var fromName: String
        var toShort: String
        var toName: String
        var inserted: Int
        var deleted: Int
        var changeCount: Int
        var hasChanges: Bool
        var apiHref: String
        var changesHTML: String
        var synopsisHTML: String
        var redlineHTML: String
        /// Whether some text moved (marked apart from deletions and insertions).
        var hasMovedText: Bool
        /// The legend of moved text (HTML), shown when some text moved.
        var movedTextLegendHTML: String
        /// Whether the redline is shown as written in the file rather than as it reads.
        var asWritten: Bool
        /// The same comparison in the other view (as written, or as it reads).
        var otherViewHref: String
    }

    var title: String
    var nav: DocumentNav
    var formAction: String
    var fromOptions: [RevisionOption]
    var toOptions: [RevisionOption]
    /// Why there is no result (a revision missing from the request).
    var problem: String?
    var result: Result?

    /// The page; without both revisions, the form alone with `problem` set.
    /// `asWritten` shows the redline over the text as it is in the file (Markdown, front matter).
    init(
        site: Site, workspace: Workspace, id: DocumentID, from: String?, to: String?, asWritten: Bool = false
    ) throws(LegisError) {
        let latest = try Site.revision(workspace, id, nil)
        let log = try workspace.log(of: id)
        let drafts = try workspace.drafts(of: id)
        title = try site.cache.document(latest, in: workspace).frontMatter.title ?? id.rawValue
        nav = DocumentNav(id)
        formAction = URLPath.compare(id)
        let defaultFrom = log.count > 1 ? log[1].commit.hex : RevisionName.latest
        guard let from, let to else {
            fromOptions = workspace.revisionOptions(of: id, log: log, drafts: drafts, selected: from ?? defaultFrom)
            toOptions = workspace.revisionOptions(of: id, log: log, drafts: drafts, selected: to ?? RevisionName.latest)
            problem = "Choose the two revisions to compare: 'from' and 'to' (a draft, a revision, or the latest)."
            result = nil
            return
        }
        problem = nil
        let old = try Site.revision(workspace, id, from)
        let new = try Site.revision(workspace, id, to)
        fromOptions = workspace.revisionOptions(of: id, log: log, drafts: drafts, selected: from, commit: old.commit)
        toOptions = workspace.revisionOptions(of: id, log: log, drafts: drafts, selected: to, commit: new.commit)
        let redline = try site.cache.redline(from: old, to: new, in: workspace)
        let html = try site.cache.redlineHTML(from: old, to: new, in: workspace)
        let names = Dictionary(grouping: drafts, by: \.commit)
        func name(_ revision: Revision) -> String {
            let drafts = (names[revision.commit] ?? []).map(\.name)
            return drafts.isEmpty ? revision.requested : drafts.joined(separator: ", ")
        }
        result = Result(
            fromShort: old.commit.shortHex, fromName: name(old), toShort: new.commit.shortHex, toName: name(new),
            inserted: redline.stats.insertedWords, deleted: redline.stats.deletedWords,
            changeCount: redline.provisions.count, hasChanges: redline.hasChanges,
            apiHref: URLPath.apiCompare(id, from: from, to: to), changesHTML: html.changes,
            synopsisHTML: html.synopsis, redlineHTML: asWritten ? RedlineHTML.asWritten(redline) : html.inline,
            hasMovedText: html.hasMovedText, movedTextLegendHTML: Redline.movedTextLegend, asWritten: asWritten,
            otherViewHref: URLPath.compare(id, from: from, to: to) + (asWritten ? "" : "&view=raw"))
    }
}
