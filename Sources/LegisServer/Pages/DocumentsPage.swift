import LegisDiff
import LegisDocument
import LegisGit
import LegisTracker

/// The list of documents (`/` and `/api/documents`).
struct DocumentsPage: Sendable, Encodable {
    /// One document in the list.
    struct Row: Sendable, Encodable {
        var id: String
        var title: String
        var kind: String?
        var status: String?
        var path: String
        var href: String
        var endorsementsHref: String
        var latestDraft: DraftLink?
        var lastChange: Change?
        var endorsements: StatusCounts
        /// What is wrong with a file that cannot be read as a document, and how to fix it.
        var problem: String?
    }

    /// A named draft and the link to its text.
    struct DraftLink: Sendable, Encodable {
        var name: String
        var commit: String
        var href: String
    }

    /// The last commit that changed a document.
    struct Change: Sendable, Encodable {
        var commit: String
        var date: String
        var day: String
        var author: String
        var message: String
    }

    var documents: [Row]
    var hasDocuments: Bool

    enum CodingKeys: String, CodingKey { case documents }

    init(site: Site, workspace: Workspace) throws(LegisError) {
        let reports = try site.cache.endorsements(in: workspace)
        let byDocument = Dictionary(grouping: reports, by: \.document)
        let drafts = try workspace.latestDrafts()
        documents = []
        for entry in try workspace.documents() {
            let last = entry.lastChange
            let draft = drafts[entry.id]
            documents.append(
                Row(
                    id: entry.id.rawValue, title: entry.title, kind: entry.frontMatter.kind?.rawValue,
                    status: entry.frontMatter.status, path: entry.path, href: URLPath.document(entry.id),
                    endorsementsHref: URLPath.endorsements(entry.id),
                    latestDraft: draft.map {
                        DraftLink(
                            name: $0.name, commit: $0.commit.hex, href: URLPath.document(entry.id, revision: $0.name))
                    },
                    lastChange: last.map {
                        Change(
                            commit: $0.commit.hex, date: DateText.iso($0.date), day: DateText.day($0.date),
                            author: $0.author, message: $0.summary)
                    },
                    endorsements: StatusCounts(byDocument[entry.id.rawValue] ?? []), problem: entry.problem))
        }
        hasDocuments = !documents.isEmpty
    }
}
