import LegisDocument
import LegisGit

/// What Legis knows about the documents at one commit of the branch, computed in one history
/// walk and one tree read: each document's blob, last change, title, kind, status and language.
///
/// It is a cache, never a second source of truth: it names the commit it was computed for, and
/// is used only while the branch still points there (``Workspace/refreshIndex()`` updates or
/// rebuilds it otherwise). Stored in the git folder (``fileName``), see
/// `Docs/workspace-format.md`.
struct DocumentIndex: Sendable, Hashable {
    /// One document.
    struct Entry: Sendable, Hashable {
        var path: String
        var blob: ObjectID
        /// Position of its last change in ``changes``.
        var change: Int
        var title: String?
        var kind: String?
        var status: String?
        var language: String?
        /// Why the text cannot be read as a document, and how to fix it (nil when it can).
        var problem: String? = nil
    }

    /// The version of the stored format; a file of another version is rebuilt.
    static let formatVersion = 2
    /// Where the index lives inside the git folder.
    static let fileName = "legis/document-index"

    /// The commit it describes.
    var tip: ObjectID
    /// The branch it was computed for.
    var branch: String
    /// The blob of `legis.yml` at the tip (it decides which files are documents); `nil` when absent.
    var config: ObjectID?
    /// The commits that are some document's last change.
    var changes: [DocumentChange]
    /// The documents, sorted by path.
    var entries: [Entry]

    /// The front-matter fields an entry keeps, read from a blob, or why the blob cannot be read
    /// as a document.
    static func fields(of bytes: [UInt8], path: String) -> Fields {
        do {
            let front = try DocumentParser.checkedFrontMatter(of: bytes)
            return Fields(title: front.title, kind: front.kind?.rawValue, status: front.status, language: front.language)
        } catch {
            return Fields(problem: Workspace.problem(path: path, error: error))
        }
    }

    /// What ``fields(of:path:)`` reads.
    struct Fields: Sendable {
        var title: String? = nil
        var kind: String? = nil
        var status: String? = nil
        var language: String? = nil
        var problem: String? = nil
    }
}
