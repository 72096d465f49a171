import LegisDocument

extension Redline {
    /// One row per changed provision with its old and new text, for a two-column view.
    public var synopsisRows: [SynopsisRow] {
        let index = SegmentIndex(segments)
        return provisions.map { change in
            SynopsisRow(
                kind: change.kind, oldPath: change.oldPath, newPath: change.newPath,
                old: change.oldRange.map { index.slice($0, side: .delete) } ?? [],
                new: change.newRange.map { index.slice($0, side: .insert) } ?? [])
        }
    }

    /// The synopsis as text: a header per row, then old and new side by side, wrapped.
    func synopsisText(width: Int) -> String {
        let column = max(20, (width - 3) / 2)
        let names = PlaceNames(self)
        var out: [String] = []
        for row in synopsisRows {
            let path = ProvisionChange(kind: row.kind, oldPath: row.oldPath, newPath: row.newPath).displayName(profile)
            out.append(
                "── \(row.kind.rawValue): \(path) "
                    + String(repeating: "─", count: max(0, width - path.count - row.kind.rawValue.count - 6)))
            let left = Self.wrap(Self.flatten(row.old, names: names), column)
            let right = Self.wrap(Self.flatten(row.new, names: names), column)
            for k in 0..<max(left.count, right.count) {
                let l = k < left.count ? left[k] : ""
                let r = k < right.count ? right[k] : ""
                out.append(l.padding(column) + " │ " + r)
            }
        }
        return out.joined(separator: "\n")
    }

    /// The synopsis as a self-contained HTML page: a table with the old text and the new text.
    func synopsisHTML(title: String) -> String {
        let names = PlaceNames(self)
        var body = "<table class=\"synopsis\">\n<tr><th>Old</th><th>New</th></tr>\n"
        for row in synopsisRows {
            let path = ProvisionChange(kind: row.kind, oldPath: row.oldPath, newPath: row.newPath).displayName(profile)
            body +=
                "<tr><th colspan=\"2\"><span class=\"kind\">\(row.kind.rawValue)</span> \(path.htmlEscaped)</th></tr>\n"
            body += "<tr><td class=\"text\">\(HTMLPage.marked(row.old, names: names))</td>"
            body += "<td class=\"text\">\(HTMLPage.marked(row.new, names: names))</td></tr>\n"
        }
        body += "</table>"
        return HTMLPage.page(title: title, body: body)
    }

    /// The segments as one line of text with changes marked (see ``TextMarks``).
    private static func flatten(_ segments: [Segment], names: PlaceNames) -> String {
        var out = ""
        for segment in segments.forDisplay {
            let text = segment.text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" })
                .joined(separator: " ")
            let lead = segment.text.first.map { $0 == " " || $0 == "\n" } ?? false
            let trail = segment.text.last.map { $0 == " " || $0 == "\n" } ?? false
            let body = (lead ? " " : "") + text + (trail && !text.isEmpty ? " " : "")
            // Whitespace reads as one space here, so a change of whitespace alone is no change.
            if segment.op == .equal || text.isEmpty {
                out += body
            } else {
                let marks = TextMarks(segment.op, note: names.moveNote(segment), color: false)
                out += marks.open + body + marks.close
            }
        }
        return out.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
    }

    /// `text` broken into lines of at most `width` characters, at spaces where possible.
    private static func wrap(_ text: String, _ width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            var word = Substring(word)
            while word.count > width {
                if !line.isEmpty {
                    lines.append(line)
                    line = ""
                }
                lines.append(String(word.prefix(width)))
                word = word.dropFirst(width)
            }
            if line.isEmpty {
                line = String(word)
            } else if line.count + 1 + word.count <= width {
                line += " " + word
            } else {
                lines.append(line)
                line = String(word)
            }
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }
}

/// Finds the segments that cover a byte range of the old or the new text.
struct SegmentIndex {
    private let segments: [Segment]
    /// For each segment, where it starts in the old text and in the new text.
    private let oldStarts: [Int]
    private let newStarts: [Int]

    init(_ segments: [Segment]) {
        self.segments = segments
        var oldStarts: [Int] = []
        var newStarts: [Int] = []
        var o = 0
        var n = 0
        for segment in segments {
            oldStarts.append(o)
            newStarts.append(n)
            let size = segment.text.utf8.count
            if segment.op != .insert { o += size }
            if segment.op != .delete { n += size }
        }
        self.oldStarts = oldStarts
        self.newStarts = newStarts
    }

    /// The equal and `side` segments covering `range` of that side's text, cut to it.
    func slice(_ range: Range<Int>, side: Segment.Operation) -> [Segment] {
        let starts = side == .delete ? oldStarts : newStarts
        var low = 0
        var high = starts.count
        while low < high {
            let mid = (low + high) / 2
            if starts[mid] <= range.lowerBound { low = mid + 1 } else { high = mid }
        }
        var out: [Segment] = []
        var i = max(0, low - 1)
        while i < segments.count && starts[i] < range.upperBound {
            let segment = segments[i]
            defer { i += 1 }
            guard segment.op == .equal || segment.op == side else { continue }
            let size = segment.text.utf8.count
            let from = max(range.lowerBound, starts[i]) - starts[i]
            let to = min(range.upperBound, starts[i] + size) - starts[i]
            guard from < to else { continue }
            if from == 0 && to == size {
                out.append(segment)
            } else {
                let utf8 = Array(segment.text.utf8)[from..<to]
                out.append(Segment(op: segment.op, text: String(decoding: utf8, as: UTF8.self), move: segment.move))
            }
        }
        return out
    }
}
