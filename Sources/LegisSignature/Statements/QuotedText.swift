/// The encoding of free text (a statement, a reason) inside a message, so that nothing in it can
/// pass for a field or a signature: every line starts with `| ` (or is `|` when empty), and
/// backslashes, control characters and invisible direction marks are written as `\\` and `\u{hex}`.
enum QuotedText {
    /// Encodes `text` as quoted lines, each without its line feed.
    static func lines(for text: String) -> [String] {
        text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            var out = "|"
            if !line.isEmpty { out += " " }
            for scalar in line {
                if scalar == "\\" {
                    out += "\\\\"
                } else if needsEscape(scalar) {
                    out += "\\u{" + String(scalar.value, radix: 16) + "}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
            return out
        }
    }

    /// Decodes one quoted line; nil when it is not `|`, `| ...` or has an escape that ``lines(for:)``
    /// would not write.
    static func decode(line: Substring) -> String? {
        if line == "|" { return "" }
        guard line.hasPrefix("| ") else { return nil }
        var out = String.UnicodeScalarView()
        var scalars = line.unicodeScalars.dropFirst(2)[...]
        while let scalar = scalars.popFirst() {
            guard scalar == "\\" else {
                out.append(scalar)
                continue
            }
            switch scalars.popFirst() {
            case "\\":
                out.append("\\")
            case "u":
                guard scalars.popFirst() == "{", let close = scalars.firstIndex(of: "}") else { return nil }
                let hex = String(String.UnicodeScalarView(scalars[..<close]))
                guard (1...6).contains(hex.count), let value = UInt32(hex, radix: 16),
                    let decoded = Unicode.Scalar(value), needsEscape(decoded), String(value, radix: 16) == hex
                else { return nil }
                out.append(decoded)
                scalars = scalars[scalars.index(after: close)...]
            default:
                return nil
            }
        }
        return String(out)
    }

    /// Whether a scalar is written as an escape: controls (except tab), line and paragraph
    /// separators, direction marks and overrides, and the byte-order mark.
    static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09: false
        case 0x00...0x1F, 0x7F...0x9F: true
        case 0x061C, 0x200E, 0x200F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069, 0xFEFF: true
        default: false
        }
    }
}
