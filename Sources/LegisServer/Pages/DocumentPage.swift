import LegisDocument
import LegisGit
import LegisTracker

/// The text of a document at one revision (`/documents/{id}`).
struct DocumentPage: Sendable {
    /// The revision shown.
    struct RevisionInfo: Sendable, Encodable {
        var commit: String
        var short: String
        var blob: String
        var requested: String
        var drafts: [String]
        var date: String?
        var day: String?
        var isLatest: Bool
    }

    /// A link to a named draft.
    struct DraftChoice: Sendable {
        var name: String
        var href: String
        var current: Bool
    }

    var title: String
    var kind: String?
    var status: String?
    var nav: DocumentNav
    var revision: RevisionInfo
    var options: [RevisionOption]
    var drafts: [DraftChoice]
    var hasDrafts: Bool
    var tocHTML: String
    var bodyHTML: String

    init(site: Site, workspace: Workspace, id: DocumentID, requested: String?) throws(LegisError) {
        let context = try DocumentContext(site: site, workspace: workspace, id: id, requested: requested)
        let html = try site.cache.html(context.revision, in: workspace)
        title = context.document.frontMatter.title ?? id.rawValue
        kind = context.document.frontMatter.kind?.rawValue
        status = context.document.frontMatter.status?.nonEmpty
        nav = DocumentNav(id)
        revision = context.info
        options = workspace.revisionOptions(
            of: id, log: context.log, drafts: context.drafts, selected: requested ?? RevisionName.latest,
            commit: context.revision.commit)
        drafts = context.drafts.map { draft in
            DraftChoice(
                name: draft.name, href: URLPath.document(id, revision: draft.name),
                current: draft.commit == context.revision.commit)
        }
        hasDrafts = !drafts.isEmpty
        tocHTML = html.tableOfContents
        bodyHTML = html.body
    }
}

/// A revision of a document with what the text and API views both need.
struct DocumentContext {
    var revision: Revision
    var document: Document
    var log: [LogEntry]
    var drafts: [Draft]
    var info: DocumentPage.RevisionInfo

    init(site: Site, workspace: Workspace, id: DocumentID, requested: String?) throws(LegisError) {
        revision = try Site.revision(workspace, id, requested)
        document = try site.cache.document(revision, in: workspace)
        log = try workspace.log(of: id)
        drafts = try workspace.drafts(of: id)
        let commit = try? workspace.repository.commit(revision.commit)
        let commitID = revision.commit
        info = DocumentPage.RevisionInfo(
            commit: commitID.hex, short: commitID.shortHex, blob: revision.blob.hex, requested: revision.requested,
            drafts: drafts.filter { $0.commit == commitID }.map(\.name),
            date: commit.map { DateText.iso($0.author.date) }, day: commit.map { DateText.day($0.author.date) },
            isLatest: commitID == log.first?.commit)
    }
}

/// The JSON of a document at one revision (`/api/documents/{id}`).
struct DocumentResponse: Sendable, Encodable {
    /// One provision of the structure.
    struct ProvisionInfo: Sendable, Encodable {
        var path: String
        var anchor: String
        var kind: String
        var number: String
        var label: String
        var heading: String?
        var line: Int
    }

    var id: String
    var title: String
    var kind: String?
    var status: String?
    var language: String
    var revision: DocumentPage.RevisionInfo
    var drafts: [Draft]
    var provisions: [ProvisionInfo]
    var text: String

    init(site: Site, workspace: Workspace, id: DocumentID, requested: String?) throws(LegisError) {
        let context = try DocumentContext(site: site, workspace: workspace, id: id, requested: requested)
        self.id = id.rawValue
        title = context.document.frontMatter.title ?? id.rawValue
        kind = context.document.frontMatter.kind?.rawValue
        status = context.document.frontMatter.status
        language = context.document.language
        revision = context.info
        drafts = context.drafts
        provisions = context.document.allProvisions.map { provision in
            ProvisionInfo(
                path: provision.path.description, anchor: provision.path.anchor, kind: provision.kind.rawValue,
                number: provision.number, label: provision.label, heading: provision.heading, line: provision.line)
        }
        text = context.document.source
    }
}
