/// A block of a Word document's body as read: a paragraph or a table.
enum WordBlock {
    /// A paragraph: its style id, its numbering (list id and level), its text with tracked
    /// changes accepted, and whether its paragraph mark was deleted (it then runs on into the next).
    struct Paragraph {
        var styleID: String?
        var numbering: (id: String, level: Int)?
        var text = ""
        var markDeleted = false
    }

    case paragraph(Paragraph)
    /// A table: rows of cells, each cell's paragraphs joined by spaces.
    case table([[String]])
}
