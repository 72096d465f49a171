import LegisDiff
import LegisDocument
import LegisGit
import LegisTracker

/// The stakeholders grouped by category, with their endorsements (`/stakeholders`).
struct StakeholdersPage: Sendable {
    /// The stakeholders of one category.
    struct Group: Sendable {
        var name: String
        var stakeholders: [Entry]
    }

    /// One stakeholder.
    struct Entry: Sendable {
        var id: String
        var name: String
        var contact: String?
        var anchor: String
        var keyCount: Int
        var revokedKeys: Int?
        /// What happened to keys: revoked as compromised, or retired from a day on.
        var keyNotes: [String]
        var endorsements: [Endorsement]
        var hasEndorsements: Bool
    }

    /// One endorsement by the stakeholder.
    struct Endorsement: Sendable {
        var status: String
        var documentTitle: String
        var href: String
        var stance: String?
        var commitShort: String?
        var drafts: [String]
    }

    /// A stakeholder file that could not be read.
    struct Problem: Sendable, Encodable {
        var id: String
        var reason: String
    }

    var groups: [Group]
    var hasStakeholders: Bool
    var problems: [Problem]
    var hasProblems: Bool

    init(site: Site, workspace: Workspace) throws(LegisError) {
        let registry = try workspace.stakeholderRegistry()
        let reports = Dictionary(grouping: try site.cache.endorsements(in: workspace), by: \.stakeholder)
        var titles: [String: String] = [:]
        for entry in try workspace.documents() { titles[entry.id.rawValue] = entry.title }
        var groups: [Group] = []
        for stakeholder in registry.all {
            let entry = Entry(
                id: stakeholder.id, name: stakeholder.name, contact: stakeholder.contact?.nonEmpty,
                anchor: "stakeholder-" + stakeholder.id, keyCount: stakeholder.keys.count,
                revokedKeys: stakeholder.keys.filter(\.revoked).count.nonZero,
                keyNotes: stakeholder.keys.compactMap(Self.note),
                endorsements: (reports[stakeholder.id] ?? []).map { report in
                    let href: String =
                        if let id = try? DocumentID(report.document) { URLPath.endorsements(id) } else { "/" }
                    return Endorsement(
                        status: report.status.rawValue, documentTitle: titles[report.document] ?? report.document,
                        href: href, stance: report.stance, commitShort: report.commit?.shortHex, drafts: report.drafts)
                },
                hasEndorsements: reports[stakeholder.id]?.isEmpty == false)
            let name = stakeholder.category.displayName
            if groups.last?.name == name {
                groups[groups.count - 1].stakeholders.append(entry)
            } else {
                groups.append(Group(name: name, stakeholders: [entry]))
            }
        }
        self.groups = groups
        hasStakeholders = !groups.isEmpty
        problems = registry.problems.sorted { $0.key < $1.key }.map { Problem(id: $0.key, reason: $0.value) }
        hasProblems = !problems.isEmpty
    }

    /// "Key SHA256:… revoked (compromised) on 2026-12-01", "… retired from 2026-11-30", or nil.
    static func note(_ key: LegisTracker.Stakeholder.Key) -> String? {
        let name = Workspace.fingerprint(of: key) ?? "?"
        let window: String =
            switch (key.validFrom, key.validUntil) {
            case (let from?, let until?): "may sign from \(DateText.day(from)) to \(DateText.day(until))"
            case (let from?, nil): "may sign from \(DateText.day(from))"
            case (nil, let until?): "may sign until \(DateText.day(until))"
            case (nil, nil): "may sign at any date"
            }
        if key.revoked {
            return "Key \(name) revoked (\(key.revokedReason ?? "compromised"))"
                + (key.revokedOn.map { " on \(DateText.day($0))" } ?? "") + ": nothing it signed counts"
        }
        if let from = key.retiredFrom {
            return "Key \(name) retired from \(DateText.day(from))" + (key.retiredReason.map { " (\($0))" } ?? "")
                + ": what it signed before stays valid"
        }
        return "Key \(name): \(window)"
    }
}

/// The JSON of the stakeholders (`/api/stakeholders`).
struct StakeholdersResponse: Sendable, Encodable {
    /// One stakeholder with its keys and endorsements.
    struct Entry: Sendable, Encodable {
        var id: String
        var name: String
        var category: String
        var categoryName: String
        var contact: String?
        var keys: [Key]
        var endorsements: [EndorsementReport]
    }

    /// One registered key.
    struct Key: Sendable, Encodable {
        var key: String
        var fingerprint: String?
        var validFrom: String?
        var validUntil: String?
        var revoked: Bool
        var revokedReason: String?
        var revokedOn: String?
        var retiredFrom: String?
        var retiredReason: String?
    }

    var stakeholders: [Entry]
    var problems: [StakeholdersPage.Problem]

    init(site: Site, workspace: Workspace) throws(LegisError) {
        let registry = try workspace.stakeholderRegistry()
        let reports = Dictionary(grouping: try site.cache.endorsements(in: workspace), by: \.stakeholder)
        stakeholders = registry.all.map { stakeholder in
            Entry(
                id: stakeholder.id, name: stakeholder.name, category: stakeholder.category.rawValue,
                categoryName: stakeholder.category.displayName, contact: stakeholder.contact,
                keys: stakeholder.keys.map { key in
                    Key(
                        key: key.openSSH, fingerprint: Workspace.fingerprint(of: key),
                        validFrom: key.validFrom.map(DateText.day), validUntil: key.validUntil.map(DateText.day),
                        revoked: key.revoked, revokedReason: key.revokedReason,
                        revokedOn: key.revokedOn.map(DateText.day), retiredFrom: key.retiredFrom.map(DateText.day),
                        retiredReason: key.retiredReason)
                },
                endorsements: reports[stakeholder.id] ?? [])
        }
        problems = registry.problems.sorted { $0.key < $1.key }.map {
            StakeholdersPage.Problem(id: $0.key, reason: $0.value)
        }
    }
}

extension Int {
    /// nil for zero, so that a Mustache section skips it.
    var nonZero: Int? { self == 0 ? nil : self }
}
