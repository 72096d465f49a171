import LegisDiff
import LegisDocument
import LegisGit
import LegisTracker

/// What the server computes once and keeps: parsed documents, redlines and their HTML and JSON,
/// keyed by blob ids (so they never go stale: a blob id names exact bytes), and verified
/// endorsements keyed by the state of the refs they depend on.
final class WebCache: Sendable {
    /// Parsed documents by blob.
    let documents = LRUCache<ObjectID, Document>(capacity: 64 << 20)
    /// A document's text as HTML by blob.
    let documentHTML = LRUCache<ObjectID, DocumentHTML>(capacity: 64 << 20)
    /// Redlines by pair of blobs.
    let redlines = LRUCache<BlobPair, Redline>(capacity: 96 << 20)
    /// The HTML parts of a compare page by pair of blobs.
    let redlineHTML = LRUCache<BlobPair, RedlineHTML>(capacity: 96 << 20)
    /// The JSON of a redline by pair of blobs.
    let redlineJSON = LRUCache<BlobPair, String>(capacity: 64 << 20)
    /// Word counts by pair of blobs: kept long after the redline itself is dropped.
    let stats = LRUCache<BlobPair, DiffStats>(capacity: 100_000)
    /// Verification reports by the state of the repository (``stateKey(_:)``).
    let endorsements = LRUCache<String, [EndorsementReport]>(capacity: 64)
    /// Whole responses by the state of the repository and the address asked for.
    let pages = LRUCache<String, RenderedPage>(capacity: 128 << 20)
    /// The state key, kept while no reference moves.
    let refs = RefWatch()

    init() {}

    /// The parsed document of a revision.
    func document(_ revision: Revision, in workspace: Workspace) throws(LegisError) -> Document {
        try documents.value(
            for: revision.blob, cost: { 2 * $0.source.utf8.count },  // the text and the bytes it was parsed from
            compute: { () throws(LegisError) in try workspace.document(of: revision) })
    }

    /// The HTML of a revision's text.
    func html(_ revision: Revision, in workspace: Workspace) throws(LegisError) -> DocumentHTML {
        if let cached = documentHTML.value(for: revision.blob) { return cached }
        let html = DocumentHTML(try document(revision, in: workspace))
        documentHTML.insert(html, for: revision.blob, cost: html.body.utf8.count + html.tableOfContents.utf8.count)
        return html
    }

    /// The redline between two revisions.
    func redline(from old: Revision, to new: Revision, in workspace: Workspace) throws(LegisError) -> Redline {
        let key = BlobPair(old: old.blob, new: new.blob)
        return try redlines.value(
            for: key,
            cost: { redline in
                redline.segments.reduce(0) { $0 + $1.text.utf8.count + 32 } + redline.provisions.count * 128
            },
            compute: { () throws(LegisError) in
                let redline = DocumentDiff.compare(try document(old, in: workspace), try document(new, in: workspace))
                stats.insert(redline.stats, for: key, cost: 1)
                return redline
            })
    }

    /// The HTML parts of the compare page between two revisions.
    func redlineHTML(from old: Revision, to new: Revision, in workspace: Workspace) throws(LegisError) -> RedlineHTML {
        try redlineHTML.value(
            for: BlobPair(old: old.blob, new: new.blob),
            cost: { $0.inline.utf8.count + $0.synopsis.utf8.count + $0.changes.utf8.count },
            compute: { () throws(LegisError) in
                RedlineHTML(
                    try redline(from: old, to: new, in: workspace),
                    oldFrontMatterEnd: try document(old, in: workspace).frontMatter.range?.upperBound ?? 0,
                    newFrontMatterEnd: try document(new, in: workspace).frontMatter.range?.upperBound ?? 0)
            })
    }

    /// The JSON of the redline between two revisions, as LegisDiff writes it.
    func redlineJSON(from old: Revision, to new: Revision, in workspace: Workspace) throws(LegisError) -> String {
        try redlineJSON.value(
            for: BlobPair(old: old.blob, new: new.blob), cost: { $0.utf8.count },
            compute: { () throws(LegisError) in
                String(decoding: try redline(from: old, to: new, in: workspace).json(), as: UTF8.self)
            })
    }

    /// Words inserted and deleted between two blobs of a document.
    func stats(from old: Revision, to new: Revision, in workspace: Workspace) throws(LegisError) -> DiffStats {
        if old.blob == new.blob { return DiffStats() }
        if let cached = stats.value(for: BlobPair(old: old.blob, new: new.blob)) { return cached }
        return try redline(from: old, to: new, in: workspace).stats
    }

    /// Every endorsement verified, recomputed only when a reference moved.
    func endorsements(in workspace: Workspace) throws(LegisError) -> [EndorsementReport] {
        let key = try stateKey(workspace)
        if let cached = endorsements.value(for: key) { return cached }
        let reports = try workspace.endorsements(of: nil)
        endorsements.insert(reports, for: key, cost: 1)
        return reports
    }

    /// A string naming every reference (branches, drafts, endorsements) with its target, kept
    /// while no reference moves (``RefWatch``).
    ///
    /// Everything a page shows is a function of these (and of the address asked for), so a page
    /// cached under this key is exact until a reference moves.
    func stateKey(_ workspace: Workspace) throws(LegisError) -> String {
        try refs.key(gitDirectory: workspace.repository.gitDirectory) { () throws(LegisError) in
            try Self.stateKey(workspace)
        }
    }

    /// The state key computed from the references themselves.
    static func stateKey(_ workspace: Workspace) throws(LegisError) -> String {
        var key = (try workspace.tip()?.hex ?? "none") + " " + workspace.branch
        do {
            for ref in try workspace.repository.references(withPrefix: "refs/", peel: false) {
                key += "\n" + ref.name + " " + ref.target.hex
            }
        } catch {
            throw LegisError(.repository, "Could not list the references: \(error.message).")
        }
        return key
    }
}
