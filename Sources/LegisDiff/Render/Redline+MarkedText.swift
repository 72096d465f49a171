extension Redline {
    /// The text with changes marked: `[-old-]{+new+}`, or with `color` red strikethrough and
    /// green underline; with `contextLines`, only changed lines and that many around them.
    func markedText(color: Bool, contextLines: Int?) -> String {
        var lines: [String] = []
        var changed: [Bool] = []
        var current = ""
        var currentChanged = false
        func append(_ text: Substring, marked: Bool) {
            var first = true
            for part in text.split(separator: "\n", omittingEmptySubsequences: false) {
                if !first {
                    lines.append(current)
                    changed.append(currentChanged)
                    current = ""
                    currentChanged = false
                }
                first = false
                current += part
                if marked { currentChanged = true }
            }
        }
        for segment in segments.forDisplay {
            switch segment.op {
            case .equal:
                append(Substring(segment.text), marked: false)
            case .delete, .insert:
                let (open, close) = markers(segment.op, color: color)
                if color {
                    // Close and reopen the colour at each line end, so it never bleeds.
                    var first = true
                    for part in segment.text.split(separator: "\n", omittingEmptySubsequences: false) {
                        if !first { append("\n", marked: true) }
                        first = false
                        append(part.isEmpty ? "" : Substring(open + part + close), marked: true)
                    }
                } else {
                    append(Substring(open + segment.text + close), marked: true)
                }
            }
        }
        lines.append(current)
        changed.append(currentChanged)
        guard let context = contextLines else { return lines.joined(separator: "\n") }
        var keep = [Bool](repeating: false, count: lines.count)
        for (index, isChanged) in changed.enumerated() where isChanged {
            for k in max(0, index - context)...min(lines.count - 1, index + context) { keep[k] = true }
        }
        var out: [String] = []
        var skipped = false
        for (index, line) in lines.enumerated() {
            if keep[index] {
                if skipped && !out.isEmpty { out.append(color ? "\u{1B}[36m…\u{1B}[0m" : "…") }
                skipped = false
                out.append(line)
            } else {
                skipped = true
            }
        }
        return out.joined(separator: "\n")
    }

    private func markers(_ op: Segment.Operation, color: Bool) -> (String, String) {
        switch (op, color) {
        case (.delete, true): ("\u{1B}[9;31m", "\u{1B}[0m")
        case (.insert, true): ("\u{1B}[4;32m", "\u{1B}[0m")
        case (.delete, false): ("[-", "-]")
        default: ("{+", "+}")
        }
    }
}
