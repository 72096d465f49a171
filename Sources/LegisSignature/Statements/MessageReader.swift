/// Reads a statement message line by line, failing with the line number and what was expected.
struct MessageReader {
    private let lines: [Substring]
    private var index = 0

    /// Splits `message`, which must end with a line feed, into lines.
    init(_ message: String) throws(StatementFormatError) {
        var lines = message.utf8.split(separator: 10, omittingEmptySubsequences: false).map { Substring($0) }
        guard lines.count >= 2, lines.last?.isEmpty == true else {
            throw .malformed(line: max(lines.count, 1), reason: "the message does not end with a line feed")
        }
        lines.removeLast()
        self.lines = lines
    }

    /// The 1-based number of the next line.
    var lineNumber: Int { index + 1 }

    /// Reads the next line, whatever it is.
    mutating func next(expecting what: String) throws(StatementFormatError) -> Substring {
        guard index < lines.count else {
            throw .malformed(line: lineNumber, reason: "the message ends where \(what) was expected")
        }
        defer { index += 1 }
        return lines[index]
    }

    /// Reads a line that must be exactly `expected`.
    mutating func expect(_ expected: String, what: String? = nil) throws(StatementFormatError) {
        let line = try next(expecting: what ?? "'\(expected)'")
        guard line == expected else {
            throw .malformed(
                line: lineNumber - 1, reason: "expected \(what ?? "'\(expected)'"), found '\(line.prefix(60))'")
        }
    }

    /// Reads a `Name: value` line and returns the value.
    mutating func field(_ name: String) throws(StatementFormatError) -> String {
        let line = try next(expecting: "'\(name): ...'")
        let prefix = name + ": "
        guard line.hasPrefix(prefix), line.count > prefix.count else {
            throw .malformed(line: lineNumber - 1, reason: "expected '\(name): ...', found '\(line.prefix(60))'")
        }
        return String(line.dropFirst(prefix.count))
    }

    /// Reads a `Name: value` line if the next line has that name.
    mutating func optionalField(_ name: String) throws(StatementFormatError) -> String? {
        guard index < lines.count, lines[index].hasPrefix(name + ":") else { return nil }
        return try field(name)
    }

    /// Reads the remaining lines as quoted text (see ``QuotedText``).
    mutating func quotedText(what: String) throws(StatementFormatError) -> String {
        guard index < lines.count else {
            throw .malformed(line: lineNumber, reason: "the message ends where the \(what) was expected")
        }
        var parts: [String] = []
        while index < lines.count {
            guard let decoded = QuotedText.decode(line: lines[index]) else {
                throw .malformed(
                    line: lineNumber,
                    reason: "a \(what) line must be '|' or start with '| ', with only \\\\ and \\u{hex} escapes")
            }
            parts.append(decoded)
            index += 1
        }
        return parts.joined(separator: "\n")
    }
}
