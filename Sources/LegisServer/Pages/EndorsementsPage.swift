import LegisDiff
import LegisDocument
import LegisGit
import LegisTracker

/// The endorsements of one document, by stakeholder (`/documents/{id}/endorsements`).
struct EndorsementsPage: Sendable {
    /// A stakeholder and its endorsements of the document.
    struct Endorser: Sendable {
        var id: String
        var name: String
        var category: String?
        var anchor: String
        var endorsements: [Entry]
    }

    /// One endorsement as verified.
    struct Entry: Sendable {
        var status: String
        var stance: String?
        var date: String?
        var day: String?
        var commitShort: String?
        var drafts: [String]
        var scope: [String]
        var hasScope: Bool
        var reason: String
        var statement: String?
        var changedProvisions: [String]
        var hasChangedProvisions: Bool
        /// For a stale endorsement: the compare page from the endorsed commit to the latest.
        var compareHref: String?
    }

    var title: String
    var nav: DocumentNav
    var latestShort: String
    var latestDrafts: [String]
    var counts: StatusCounts
    var hasEndorsements: Bool
    var stakeholders: [Endorser]

    init(site: Site, workspace: Workspace, id: DocumentID) throws(LegisError) {
        let latest = try Site.revision(workspace, id, nil)
        let reports = try site.cache.endorsements(in: workspace).filter { $0.document == id.rawValue }
        let registry = try workspace.stakeholderRegistry()
        title = try site.cache.document(latest, in: workspace).frontMatter.title ?? id.rawValue
        nav = DocumentNav(id)
        latestShort = latest.commit.shortHex
        latestDrafts = try workspace.drafts(of: id).filter { $0.commit == latest.commit }.map(\.name)
        counts = StatusCounts(reports)
        hasEndorsements = !reports.isEmpty
        var order: [String] = []
        var grouped: [String: [EndorsementReport]] = [:]
        for report in reports {
            if grouped[report.stakeholder] == nil { order.append(report.stakeholder) }
            grouped[report.stakeholder, default: []].append(report)
        }
        stakeholders = order.map { stakeholderID in
            let stakeholder = registry[stakeholderID]
            return Endorser(
                id: stakeholderID, name: stakeholder?.name ?? stakeholderID,
                category: stakeholder?.category.displayName, anchor: "stakeholder-" + stakeholderID,
                endorsements: (grouped[stakeholderID] ?? []).map { Self.entry($0, id: id) })
        }.sorted { $0.name.lowercased() < $1.name.lowercased() }
    }

    static func entry(_ report: EndorsementReport, id: DocumentID) -> Entry {
        Entry(
            status: report.status.rawValue, stance: report.stance, date: report.date.map(DateText.iso),
            day: report.date.map(DateText.day), commitShort: report.commit?.shortHex, drafts: report.drafts,
            scope: report.scope, hasScope: !report.scope.isEmpty, reason: report.reason,
            statement: report.statement.nonEmpty, changedProvisions: report.changedProvisions,
            hasChangedProvisions: report.status == .stale && !report.changedProvisions.isEmpty,
            compareHref: report.status == .stale
                ? report.commit.map { URLPath.compare(id, from: $0.hex, to: "HEAD") } : nil)
    }
}

/// The JSON of a document's endorsements (`/api/documents/{id}/endorsements`).
struct EndorsementsResponse: Sendable, Encodable {
    var document: String
    var latest: String
    var counts: StatusCounts
    var endorsements: [EndorsementReport]

    init(site: Site, workspace: Workspace, id: DocumentID) throws(LegisError) {
        let latest = try Site.revision(workspace, id, nil)
        document = id.rawValue
        self.latest = latest.commit.hex
        endorsements = try site.cache.endorsements(in: workspace).filter { $0.document == id.rawValue }
        counts = StatusCounts(endorsements)
    }
}
