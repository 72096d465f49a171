import Foundation
import LegisDiff

/// A provision's text on the adoption conflict page, as it reads.
///
/// Paragraphs start at blank lines, line breaks inside a paragraph read as spaces, and, against
/// the text when the amendment was tabled, the words deleted are struck through and the words
/// inserted underlined. Every text is escaped.
enum ConflictTextHTML {
    /// The text, marked against `base` when there is one.
    static func html(_ text: String, against base: String?) -> String {
        let new = trimmed(text)
        let segments = base.map { WordDiff.segments(old: trimmed($0), new: new) } ?? [Segment(op: .equal, text: new)]
        var writer = HTMLWriter(capacity: new.utf8.count * 2 + 64)
        writer.raw("<p>")
        for segment in segments {
            let blank = segment.text.allSatisfy(\.isWhitespace)
            switch segment.op {
            case .delete where blank:
                continue  // A change of line wrapping is no change.
            case .delete:
                writer.raw("<del>")
                writer.text(segment.text)
                writer.raw("</del>")
            case .insert where !blank:
                write(segment.text, into: &writer, marked: true)
            case .equal, .insert:
                write(segment.text, into: &writer, marked: false)
            }
        }
        writer.raw("</p>")
        return writer.string
    }

    /// Writes text, starting a new paragraph at each blank line (closing and reopening `<ins>`).
    private static func write(_ text: String, into writer: inout HTMLWriter, marked: Bool) {
        for (index, part) in paragraphs(text).enumerated() {
            if index > 0 { writer.raw(marked ? "</ins></p>\n<p><ins>" : "</p>\n<p>") }
            if index == 0, marked { writer.raw("<ins>") }
            writer.text(part)
        }
        if marked { writer.raw("</ins>") }
    }

    /// The text cut at blank lines (a line holding only spaces counts as blank).
    private static func paragraphs(_ text: String) -> [Substring] {
        var parts: [Substring] = []
        var start = text.startIndex
        var index = text.startIndex
        while index < text.endIndex {
            guard text[index] == "\n" else {
                index = text.index(after: index)
                continue
            }
            var end = text.index(after: index)
            while end < text.endIndex, text[end] == " " || text[end] == "\t" { end = text.index(after: end) }
            if end < text.endIndex, text[end] == "\n" {
                parts.append(text[start..<index])
                while end < text.endIndex, text[end].isWhitespace { end = text.index(after: end) }
                start = end
                index = end
            } else {
                index = text.index(after: index)
            }
        }
        parts.append(text[start...])
        return parts
    }

    private static func trimmed(_ text: String) -> String {
        text.trimmingCharacters(in: .newlines)
    }
}
