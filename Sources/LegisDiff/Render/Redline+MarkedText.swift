extension Redline {
    /// The text with changes marked (see ``TextMarks``); with `contextLines`, only changed lines
    /// and that many around them, each change under a line naming its provision, and a total.
    func markedText(color: Bool, contextLines: Int?) -> String {
        let names = PlaceNames(self)
        var built = MarkedLines()
        for piece in segments.displayed {
            let segment = piece.segment
            let text = Substring(segment.text)
            guard segment.op != .equal else {
                built.add(text, marked: false)
                continue
            }
            let marks = TextMarks(segment.op, note: names.moveNote(segment), color: color)
            built.add(Substring(marks.lead), marked: true)
            if color {
                // Close and reopen the colour at each line end, so it never bleeds.
                var offset = 0
                var first = true
                for bytes in text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false) {
                    let part = Substring(bytes)
                    if !first { built.add("\n", marked: true) }
                    first = false
                    if part.isEmpty {
                        built.add("", marked: true)
                    } else {
                        built.add(Substring(marks.open), marked: true)
                        built.add(part, marked: true, at: piece.place(offset))
                        built.add(Substring(marks.close), marked: true)
                    }
                    offset += part.utf8.count + 1
                }
            } else {
                // Line ends at either edge stay outside the marks, so that a mark never ends at
                // the start of a line.
                let head = segment.text.isBlank ? 0 : text.utf8.prefix { $0 == 0x0A }.count
                let tail = segment.text.isBlank ? 0 : text.utf8.reversed().prefix { $0 == 0x0A }.count
                let body = text.dropFirst(head).dropLast(tail)
                built.add(text.prefix(head), marked: true)
                built.add(Substring(marks.open), marked: true)
                built.add(body, marked: true, at: piece.place(head))
                built.add(Substring(marks.close), marked: true)
                built.add(text.suffix(tail), marked: true)
            }
            built.add(Substring(marks.trail), marked: true)
        }
        let lines = built.finish()
        guard let context = contextLines else { return lines.lines.joinedText(separator: "\n") }
        return inContext(lines, context: context, names: names, color: color)
    }

    /// The changed lines of `lines` with `context` lines around them, `…` where lines are left
    /// out; when the redline knows its provisions, a title above each change that names its
    /// provision (``PlaceNames/title(old:_:)``) and a total at the end.
    private func inContext(_ lines: MarkedLines, context: Int, names: PlaceNames, color: Bool) -> String {
        let count = lines.lines.count
        var keep = [Bool](repeating: false, count: count)
        for (index, isChanged) in lines.changed.enumerated() where isChanged {
            for k in max(0, index - context)...min(count - 1, index + context) { keep[k] = true }
        }
        var out: [String] = []
        var skipped = false
        // The last title written in this run of lines: its text, place and side.
        var title: (text: String, place: Int?, old: Bool)?
        // Titles by side and place: a long redline asks for the same few names line after line.
        var titles: [Int: String] = [:]
        for (index, line) in lines.lines.enumerated() {
            guard keep[index] else {
                skipped = true
                continue
            }
            if skipped && !out.isEmpty {
                out.append(color ? "\u{1B}[36m…\u{1B}[0m" : "…")
                title = nil
            }
            skipped = false
            if names.knowsProvisions, let anchor = lines.anchors[index] {
                let place = names.place(old: anchor.old, offset: anchor.offset)
                let titleKey = ((place ?? -1) + 1) * 2 + (anchor.old ? 1 : 0)
                let text = titles[titleKey] ?? names.title(old: anchor.old, place)
                titles[titleKey] = text
                // The lines of a provision inserted or deleted whole share its title.
                let wholeBefore = index > 0 && lines.changed[index - 1] && !lines.plain[index - 1]
                let insideWhole =
                    wholeBefore && !lines.plain[index]
                    && title.map { $0.old == anchor.old && names.place(place, old: anchor.old, isWithin: $0.place) }
                        ?? false
                if text != title?.text && !insideWhole {
                    out.append(color ? "\u{1B}[1;36m── \(text)\u{1B}[0m" : "── \(text)")
                    title = (text, place, anchor.old)
                }
            }
            out.append(line)
        }
        if names.knowsProvisions && hasChanges {
            if out.last?.isEmpty == false { out.append("") }
            out.append(summary)
        }
        return out.joinedText(separator: "\n")
    }

    /// The totals in words: `2 provisions changed, 1 passage moved, 19 words inserted, 1 word
    /// deleted` (a moved passage's words are counted as inserted and deleted).
    public var summary: String {
        let passages = provisions.filter { $0.movedText != nil }.count
        var parts = [(provisions.count - passages).counting("provision") + " changed"]
        if passages > 0 { parts.append(passages.counting("passage") + " moved") }
        parts.append(stats.insertedWords.counting("word") + " inserted")
        parts.append(stats.deletedWords.counting("word") + " deleted")
        return parts.joinedText(separator: ", ")
    }
}
