import LegisDiff

/// The table of amendments as a committee report prints it: one row per touched provision.
public enum AmendmentTable {
    /// A Markdown table.
    public static func markdown(_ rows: [AmendmentTableRow]) -> String {
        var out = "| No. | Provision | Text before | Text proposed | Sponsors | Rationale | Decision |\n"
        out += "|---|---|---|---|---|---|---|\n"
        for row in rows {
            let cells = [
                String(row.number), row.provision, row.before, row.after, row.sponsors.joined(separator: ", "),
                row.rationale, row.decision,
            ]
            out += "| " + cells.map(markdownCell).joined(separator: " | ") + " |\n"
        }
        return out
    }

    /// The rows of an HTML table (`<tr>…</tr>`), the amended text as a word redline; every text escaped.
    public static func htmlRows(_ rows: [AmendmentTableRow]) -> String {
        var out = ""
        for row in rows {
            out += "<tr><td>\(row.number)</td><td>\(escape(row.provision))</td>"
            out += "<td class=\"before\">\(escape(row.before))</td>"
            out += "<td class=\"after\">\(redlineHTML(before: row.before, after: row.after))</td>"
            out += "<td>\(escape(row.sponsors.joined(separator: ", ")))</td>"
            out += "<td>\(escape(row.rationale))</td><td>\(escape(row.decision))</td></tr>\n"
        }
        return out
    }

    /// A self-contained printable page with the table.
    public static func html(_ rows: [AmendmentTableRow], title: String) -> String {
        """
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"><title>\(escape(title))</title>
        <style>
        body{font-family:Georgia,serif;margin:2em}table{border-collapse:collapse;width:100%}
        th,td{border:1px solid #444;padding:.4em;vertical-align:top;white-space:pre-wrap}
        del{color:#a00;text-decoration:line-through}ins{color:#060;text-decoration:underline}
        @media print{body{margin:0}}
        </style></head><body>
        <h1>\(escape(title))</h1>
        <table class="amendments"><thead><tr><th>No.</th><th>Provision</th><th>Text before</th><th>Text proposed</th><th>Sponsors</th><th>Rationale</th><th>Decision</th></tr></thead>
        <tbody>
        \(htmlRows(rows))</tbody></table></body></html>

        """
    }

    /// The change from `before` to `after` word by word, deletions in `<del>`, insertions in `<ins>`.
    public static func redlineHTML(before: String, after: String) -> String {
        var out = ""
        for segment in WordDiff.segments(old: before, new: after) {
            switch segment.op {
            case .equal: out += escape(segment.text)
            case .delete: out += "<del>\(escape(segment.text))</del>"
            case .insert: out += "<ins>\(escape(segment.text))</ins>"
            }
        }
        return out
    }

    /// Text made safe for HTML element content and attribute values.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }

    private static func markdownCell(_ text: String) -> String {
        var out = ""
        for character in text.trimmingWhitespace {
            switch character {
            case "|": out += "\\|"
            case "\n", "\r\n", "\r": out += "<br>"
            default: out.append(character)
            }
        }
        return out
    }
}

extension String {
    /// The text without leading and trailing whitespace and line breaks.
    var trimmingWhitespace: Substring {
        let start = firstIndex { !$0.isWhitespace } ?? endIndex
        let end = lastIndex { !$0.isWhitespace }.map { index(after: $0) } ?? start
        return self[start..<max(start, end)]
    }
}
