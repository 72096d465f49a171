public import LegisDocument
public import LegisGit

/// A document as listed at the tip of the branch.
public struct DocumentEntry: Sendable, Hashable {
    public var id: DocumentID
    /// The repository path, e.g. `documents/labour-law.md`.
    public var path: String
    /// The blob at the tip.
    public var blob: ObjectID
    /// The front matter at the tip (empty when the text has none or cannot be read).
    public var frontMatter: FrontMatter
    /// The last commit that changed it.
    public var lastChange: DocumentChange?
    /// Why the text at the tip cannot be read as a document, and how to fix it (nil when it can).
    public var problem: String?

    /// The title from the front matter, or the id.
    public var title: String { frontMatter.title ?? id.rawValue }
}
