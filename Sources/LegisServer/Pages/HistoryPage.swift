import Foundation
import LegisDiff
import LegisDocument
import LegisGit
import LegisTracker

/// The revisions and named drafts of a document (`/documents/{id}/history`).
struct HistoryPage: Sendable, Encodable {
    /// One revision, with the words changed since the one before.
    struct Row: Sendable, Encodable {
        var commit: String
        var short: String
        var href: String
        var date: String
        var day: String
        var author: String
        var email: String
        var message: String
        var drafts: [String]
        /// The revision before, or nil for the first.
        var previous: String?
        var inserted: Int
        var deleted: Int
        var compareHref: String?
    }

    /// One named draft.
    struct DraftRow: Sendable, Encodable {
        var name: String
        var commit: String
        var short: String
        var href: String
        var date: String
        var day: String
        var tagger: String
        var note: String?
    }

    var id: String
    var title: String
    var nav: DocumentNav
    var revisions: [Row]
    var drafts: [DraftRow]
    var hasDrafts: Bool

    enum CodingKeys: String, CodingKey { case id, title, revisions, drafts }

    init(site: Site, workspace: Workspace, id: DocumentID) throws(LegisError) {
        let latest = try Site.revision(workspace, id, nil)
        let log = try workspace.log(of: id)
        let drafts = try workspace.drafts(of: id)
        self.id = id.rawValue
        title = try site.cache.document(latest, in: workspace).frontMatter.title ?? id.rawValue
        nav = DocumentNav(id)
        var revisionsByCommit: [String: Revision] = [:]
        for entry in log {
            revisionsByCommit[entry.commit.hex] = try workspace.revision(of: id, entry.commit.hex)
        }
        revisions = []
        for (index, entry) in log.enumerated() {
            let previous = index + 1 < log.count ? log[index + 1] : nil
            var inserted = 0
            var deleted = 0
            if let previous, let old = revisionsByCommit[previous.commit.hex],
                let new = revisionsByCommit[entry.commit.hex]
            {
                let stats = try site.cache.stats(from: old, to: new, in: workspace)
                inserted = stats.insertedWords
                deleted = stats.deletedWords
            }
            revisions.append(
                Row(
                    commit: entry.commit.hex, short: entry.commit.shortHex,
                    href: URLPath.document(id, revision: entry.commit.hex), date: DateText.iso(entry.date),
                    day: DateText.day(entry.date), author: entry.author, email: entry.email,
                    message: entry.message.trimmingCharacters(in: .whitespacesAndNewlines), drafts: entry.drafts,
                    previous: previous?.commit.hex, inserted: inserted, deleted: deleted,
                    compareHref: previous.map { URLPath.compare(id, from: $0.commit.hex, to: entry.commit.hex) }))
        }
        self.drafts = drafts.reversed().map { draft in
            DraftRow(
                name: draft.name, commit: draft.commit.hex, short: draft.commit.shortHex,
                href: URLPath.document(id, revision: draft.name), date: DateText.iso(draft.date),
                day: DateText.day(draft.date), tagger: draft.tagger, note: draft.note.nonEmpty)
        }
        hasDrafts = !self.drafts.isEmpty
    }
}
