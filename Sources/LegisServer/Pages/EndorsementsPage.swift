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
        /// The text of the endorsed version (for a valid endorsement).
        var textHref: String?
        /// An invalid endorsement: its stance, version and statement are only claimed, not verified.
        var unverified: Bool
    }

    /// A stakeholder's current position: its latest endorsement that counts.
    struct Position: Sendable {
        var stakeholder: String
        var name: String
        var anchor: String
        var entry: Entry
    }

    /// A registered stakeholder that does not endorse the latest wording.
    struct Missing: Sendable {
        var id: String
        var name: String
        var position: String
    }

    var title: String
    var nav: DocumentNav
    var latestShort: String
    var latestDrafts: [String]
    var counts: StatusCounts
    var hasEndorsements: Bool
    var stakeholders: [Endorser]
    var positions: [Position]
    var hasPositions: Bool
    var notEndorsingLatest: [Missing]
    var hasNotEndorsingLatest: Bool

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
        let standing = EndorsementPositions(reports: reports, registered: Array(registry.byID.keys))
        positions = standing.current.map { report in
            Position(
                stakeholder: report.stakeholder, name: registry[report.stakeholder]?.name ?? report.stakeholder,
                anchor: "stakeholder-" + report.stakeholder, entry: Self.entry(report, id: id))
        }.sorted { $0.name.lowercased() < $1.name.lowercased() }
        hasPositions = !positions.isEmpty
        let held = Dictionary(standing.current.map { ($0.stakeholder, $0) }, uniquingKeysWith: { first, _ in first })
        notEndorsingLatest = standing.notEndorsingLatest.map { stakeholderID in
            let position = held[stakeholderID].map { "endorsed an earlier wording (\($0.stance ?? "-"))" } ?? "no endorsement"
            return Missing(id: stakeholderID, name: registry[stakeholderID]?.name ?? stakeholderID, position: position)
        }.sorted { $0.name.lowercased() < $1.name.lowercased() }
        hasNotEndorsingLatest = !notEndorsingLatest.isEmpty
    }

    static func entry(_ report: EndorsementReport, id: DocumentID) -> Entry {
        Entry(
            status: report.status.rawValue, stance: report.stance, date: report.date.map(DateText.iso),
            day: report.date.map(DateText.day), commitShort: report.commit?.shortHex, drafts: report.drafts,
            scope: report.scope, hasScope: !report.scope.isEmpty, reason: report.reason,
            statement: report.statement.nonEmpty, changedProvisions: report.changedProvisions,
            hasChangedProvisions: report.status == .stale && !report.changedProvisions.isEmpty,
            compareHref: report.status == .stale
                ? report.commit.map { URLPath.compare(id, from: $0.hex, to: RevisionName.latest) } : nil,
            textHref: report.claimsAreVerified ? report.commit.map { URLPath.document(id, revision: $0.hex) } : nil,
            unverified: !report.claimsAreVerified)
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
