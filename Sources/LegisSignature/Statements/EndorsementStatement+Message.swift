import Foundation

extension EndorsementStatement {
    /// The tag message.
    ///
    /// For example:
    ///
    /// ```
    /// Endorsement of bill-42 by alice
    ///
    /// Legis-Endorsement: 1
    /// Document: bill-42
    /// Commit: 3f2a...
    /// Blob: 9c1e...
    /// Text-SHA256: 5d41...
    /// Stakeholder: alice
    /// Stance: support-with-reservations
    /// Scope: art-1, art-3/para-2
    /// Date: 2025-03-01T09:30:00Z
    ///
    /// Statement:
    /// | We support this draft.
    /// |
    /// | Article 3 needs \\u{201c}victim\\u{201d} defined.
    /// ```
    ///
    /// `Scope` is left out when the endorsement covers the whole text. Every statement line is
    /// quoted with `| ` (`|` alone when empty); backslashes, control characters and direction
    /// marks are escaped as `\\` and `\u{hex}`. The message ends with a line feed.
    public var message: String {
        var lines = [
            "Endorsement of \(document) by \(stakeholder)",
            "",
            "Legis-Endorsement: \(Self.formatVersion)",
            "Document: \(document)",
            "Commit: \(commit)",
            "Blob: \(blob)",
            "Text-SHA256: \(textSHA256)",
            "Stakeholder: \(stakeholder)",
            "Stance: \(stance.rawValue)",
        ]
        if let scope { lines.append("Scope: " + scope.joined(separator: ", ")) }
        lines.append("Date: \(UTCTimestamp.iso8601(timestamp))")
        lines.append("")
        lines.append("Statement:")
        lines += QuotedText.lines(for: statement)
        return lines.joined(separator: "\n") + "\n"
    }

    /// Reads a message written by ``message``; any deviation is an error that says where and why.
    public static func parse(_ message: String) throws(StatementFormatError) -> EndorsementStatement {
        var reader = try MessageReader(message)
        let subject = try reader.next(expecting: "the subject line")
        guard subject.hasPrefix("Endorsement of ") else {
            throw .malformed(line: 1, reason: "expected 'Endorsement of <document> by <stakeholder>'")
        }
        try reader.expect("", what: "a blank line after the subject")
        try reader.expect("Legis-Endorsement: \(formatVersion)", what: "'Legis-Endorsement: \(formatVersion)'")
        var lineOf: [String: Int] = [:]
        func field(_ name: String, _ key: String) throws(StatementFormatError) -> String {
            lineOf[key] = reader.lineNumber
            return try reader.field(name)
        }
        let document = try field("Document", "document id")
        let commit = try field("Commit", "commit id")
        let blob = try field("Blob", "blob id")
        let digest = try field("Text-SHA256", "text SHA-256")
        let stakeholder = try field("Stakeholder", "stakeholder id")
        let stanceLine = reader.lineNumber
        guard let stance = Stance(rawValue: try reader.field("Stance")) else {
            let known = Stance.allCases.map(\.rawValue).joined(separator: ", ")
            throw .malformed(line: stanceLine, reason: "the stance must be one of \(known)")
        }
        lineOf["scope"] = reader.lineNumber
        let scope = try reader.optionalField("Scope").map { $0.components(separatedBy: ", ") }
        let dateLine = reader.lineNumber
        guard let seconds = UTCTimestamp.parseISO8601(try reader.field("Date")) else {
            throw .malformed(line: dateLine, reason: "the date must be 'YYYY-MM-DDTHH:MM:SSZ' (UTC)")
        }
        try reader.expect("", what: "a blank line before the statement")
        try reader.expect("Statement:")
        let statement = try reader.quotedText(what: "statement")
        let parsed: EndorsementStatement
        do {
            parsed = try EndorsementStatement(
                document: document, commit: commit, blob: blob, textSHA256: digest, stakeholder: stakeholder,
                stance: stance, scope: scope, statement: statement,
                date: Date(timeIntervalSince1970: TimeInterval(seconds)))
        } catch {
            guard case .invalidField(let field, let reason) = error else { throw error }
            throw .malformed(line: lineOf[field] ?? 1, reason: "invalid \(field): \(reason)")
        }
        guard subject == "Endorsement of \(document) by \(stakeholder)" else {
            throw .malformed(line: 1, reason: "the subject does not name the document and stakeholder of the fields")
        }
        guard parsed.message.utf8.elementsEqual(message.utf8) else {
            throw .malformed(line: 1, reason: "the message is not in canonical form")
        }
        return parsed
    }
}
