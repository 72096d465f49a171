import LegisAmendments
import LegisDocument
import LegisGit
import LegisTracker

/// The amendments to one document and their printable table (`/documents/{id}/amendments`).
struct AmendmentsPage: Sendable {
    /// One amendment in the list.
    struct Entry: Sendable, Encodable {
        var number: Int
        var href: String
        var title: String
        var status: String
        var statusTitle: String
        var sponsors: String
        var provisions: [String]
        var overlapping: [Int]
        var hasOverlapping: Bool
    }

    var title: String
    var nav: DocumentNav
    var hasAmendments: Bool
    var amendments: [Entry]
    /// The members' form that tables a new amendment.
    var newHref: String
    /// The table rows, already escaped HTML.
    var tableRows: String

    init(site: Site, workspace: Workspace, id: DocumentID) throws(LegisError) {
        let all = try workspace.amendments(of: id)
        let latest = try Site.revision(workspace, id, nil)
        title = try site.cache.document(latest, in: workspace).frontMatter.title ?? id.rawValue
        nav = DocumentNav(id)
        hasAmendments = !all.isEmpty
        newHref = URLPath.amendments(id) + "/new"
        amendments = all.map { amendment in
            let overlap = workspace.overlappingAmendments(amendment, among: all)
            return Entry(
                number: amendment.number, href: URLPath.amendment(id, amendment.number),
                title: amendment.title, status: amendment.status.rawValue, statusTitle: amendment.status.title,
                sponsors: amendment.sponsors.joined(separator: ", "), provisions: amendment.provisions,
                overlapping: overlap, hasOverlapping: !overlap.isEmpty)
        }
        var rows: [AmendmentTableRow] = []
        for amendment in all { rows += try workspace.amendmentRows(amendment) }
        tableRows = AmendmentTable.htmlRows(rows)
    }
}

/// The JSON of a document's amendments (`/api/documents/{id}/amendments`).
struct AmendmentsResponse: Sendable, Encodable {
    var document: String
    var amendments: [Amendment]
    var table: [AmendmentTableRow]

    init(workspace: Workspace, id: DocumentID) throws(LegisError) {
        document = id.rawValue
        amendments = try workspace.amendments(of: id)
        var rows: [AmendmentTableRow] = []
        for amendment in amendments { rows += try workspace.amendmentRows(amendment) }
        table = rows
    }
}
