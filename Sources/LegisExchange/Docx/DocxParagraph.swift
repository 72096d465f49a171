/// One paragraph of a Word document as Legis writes it: a style, runs of text, and whether its
/// paragraph mark is a tracked insertion or deletion.
struct DocxParagraph: Sendable, Hashable {
    /// Whether a run or mark is unchanged, inserted or deleted, and by whom.
    enum Change: Sendable, Hashable {
        case none
        case insert(RevisionAuthor)
        case delete(RevisionAuthor)
    }

    /// A run of text with one change.
    struct Run: Sendable, Hashable {
        var text: String
        var change: Change
    }

    var style: ParagraphStyle
    var runs: [Run]
    /// The change of the paragraph mark (the end of the paragraph).
    var mark: Change
}
