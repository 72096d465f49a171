/// The style of a paragraph in a Word document.
public enum ParagraphStyle: Sendable, Hashable {
    /// The document title (Markdown `#`).
    case title
    /// A heading of level 1 to 6 (Markdown `##` is level 1).
    case heading(Int)
    /// A row of a Markdown table, kept as written.
    case tableRow
    /// Body text.
    case normal
    /// Text in a table cell (smaller than body text).
    case cell
    /// A heading in a table cell (bold, the size of cell text).
    case cellHeading

    /// The style id in `word/styles.xml`.
    var styleID: String {
        switch self {
        case .title: "Title"
        case .heading(let level): "Heading\(min(max(level, 1), 6))"
        case .tableRow: "LegisTableRow"
        case .normal: "Normal"
        case .cell: "LegisCell"
        case .cellHeading: "LegisCellHeading"
        }
    }
}
