/// One paragraph of a Word document as Legis writes it: a style, runs of text, whether its
/// paragraph mark is a tracked insertion or deletion, and the style it had before, when that
/// changed.
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

    /// A tracked change of the paragraph's style: the style before, and who changed it.
    struct StyleChange: Sendable, Hashable {
        var old: ParagraphStyle
        var author: RevisionAuthor
    }

    var style: ParagraphStyle
    var runs: [Run]
    /// The change of the paragraph mark (the end of the paragraph).
    var mark: Change
    /// The style before the change, when the old text had another style for this paragraph.
    var styleChange: StyleChange? = nil
}
