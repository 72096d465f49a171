/// The frame of the self-contained HTML pages: doctype, inline style, escaped title.
enum HTMLPage {
    static let style = """
        body{font:16px/1.5 Georgia,'Times New Roman',serif;margin:2rem auto;max-width:60rem;color:#1b1b1b;padding:0 1rem}
        h1{font-size:1.4rem}
        .stats{color:#555}
        .redline{white-space:pre-wrap;word-wrap:break-word}
        del{color:#a40000;background:#fde7e7;text-decoration:line-through}
        ins{color:#005a00;background:#e5f6e5;text-decoration:underline}
        del.moved,ins.moved{color:#4b2a8a;background:#efe9fa}
        del.moved{text-decoration:line-through dotted}
        ins.moved{text-decoration:underline double}
        table{border-collapse:collapse;width:100%}
        th,td{border:1px solid #ccc;padding:.4rem .6rem;vertical-align:top;text-align:left}
        td.text{white-space:pre-wrap;width:45%}
        .kind{font:12px monospace;color:#555}
        """

    /// A whole page with `title` (escaped here) and `body` (already HTML).
    static func page(title: String, body: String) -> String {
        """
        <!DOCTYPE html>
        <html>
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(title.htmlEscaped)</title>
        <style>
        \(style)
        </style>
        </head>
        <body>
        <h1>\(title.htmlEscaped)</h1>
        \(body)
        </body>
        </html>

        """
    }

    /// Segments as HTML: equal text escaped, deletions in `<del>`, insertions in `<ins>`; moved
    /// text in `<del class="moved">` and `<ins class="moved">`, its `title` naming where it went or
    /// came from.
    static func marked(_ segments: [Segment], names: PlaceNames) -> String {
        var out = ""
        for segment in segments.forDisplay {
            let text = segment.text.htmlEscaped
            let moved = names.moveNote(segment).map { " class=\"moved\" title=\"\($0.htmlEscaped)\"" } ?? ""
            switch segment.op {
            case .equal: out += text
            case .delete: out += "<del\(moved)>" + text + "</del>"
            case .insert: out += "<ins\(moved)>" + text + "</ins>"
            }
        }
        return out
    }
}
