/// How a change is marked in text: deleted `[-old-]`, inserted `{+new+}`, moved text
/// `⟦moved to Art. 7 alin. (1): …⟧` where it stood and `⟦moved from Art. 2 alin. (1): …⟧` where it
/// stands now; with colour, red strikethrough, green underline, and magenta for moved text.
struct TextMarks {
    /// Written once before the text (the moved note).
    var lead = ""
    /// Written before the text, and with colour before each of its lines.
    var open: String
    /// Written after the text, and with colour after each of its lines.
    var close: String
    /// Written once after the text.
    var trail = ""

    static let reset = "\u{1B}[0m"

    /// The marks of a change `op` (deleted or inserted), moved when `note` says where to or from.
    init(_ op: Segment.Operation, note: String?, color: Bool) {
        let deleted = op == .delete
        switch (note, color) {
        case (let note?, true):
            lead = "\u{1B}[35m⟦\(note): " + Self.reset
            (open, close) = (deleted ? "\u{1B}[9;35m" : "\u{1B}[4;35m", Self.reset)
            trail = "\u{1B}[35m⟧" + Self.reset
        case (let note?, false):
            (open, close) = ("⟦\(note): ", "⟧")
        case (nil, true):
            (open, close) = (deleted ? "\u{1B}[9;31m" : "\u{1B}[4;32m", Self.reset)
        case (nil, false):
            (open, close) = deleted ? ("[-", "-]") : ("{+", "+}")
        }
    }
}
