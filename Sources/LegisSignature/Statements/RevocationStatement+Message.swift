import Foundation

extension RevocationStatement {
    /// The tag message.
    ///
    /// For example:
    ///
    /// ```
    /// Revocation of refs/endorsements/bill-42/alice/1 by alice
    ///
    /// Legis-Revocation: 1
    /// Endorsement-Ref: refs/endorsements/bill-42/alice/1
    /// Endorsement-Object: 8e0c...
    /// Stakeholder: alice
    /// Date: 2025-04-01T12:00:00Z
    ///
    /// Reason:
    /// | Superseded by our later endorsement.
    /// ```
    public var message: String {
        var lines = [
            "Revocation of \(ref) by \(stakeholder)",
            "",
            "Legis-Revocation: \(Self.formatVersion)",
            "Endorsement-Ref: \(ref)",
            "Endorsement-Object: \(endorsementObject)",
            "Stakeholder: \(stakeholder)",
            "Date: \(UTCTimestamp.iso8601(timestamp))",
            "",
            "Reason:",
        ]
        lines += QuotedText.lines(for: reason)
        return lines.joined(separator: "\n") + "\n"
    }

    /// Reads a message written by ``message``; any deviation is an error that says where and why.
    public static func parse(_ message: String) throws(StatementFormatError) -> RevocationStatement {
        var reader = try MessageReader(message)
        let subject = try reader.next(expecting: "the subject line")
        guard subject.hasPrefix("Revocation of ") else {
            throw .malformed(line: 1, reason: "expected 'Revocation of <ref> by <stakeholder>'")
        }
        try reader.expect("", what: "a blank line after the subject")
        try reader.expect("Legis-Revocation: \(formatVersion)", what: "'Legis-Revocation: \(formatVersion)'")
        let fieldsLine = reader.lineNumber
        let ref = try reader.field("Endorsement-Ref")
        let object = try reader.field("Endorsement-Object")
        let stakeholder = try reader.field("Stakeholder")
        let dateLine = reader.lineNumber
        guard let seconds = UTCTimestamp.parseISO8601(try reader.field("Date")) else {
            throw .malformed(line: dateLine, reason: "the date must be 'YYYY-MM-DDTHH:MM:SSZ' (UTC)")
        }
        try reader.expect("", what: "a blank line before the reason")
        try reader.expect("Reason:")
        let reason = try reader.quotedText(what: "reason")
        let parsed: RevocationStatement
        do {
            parsed = try RevocationStatement(
                ref: ref, endorsementObject: object, stakeholder: stakeholder, reason: reason,
                date: Date(timeIntervalSince1970: TimeInterval(seconds)))
        } catch {
            throw .malformed(line: fieldsLine, reason: "\(error)")
        }
        guard subject == "Revocation of \(ref) by \(stakeholder)" else {
            throw .malformed(line: 1, reason: "the subject does not name the ref and stakeholder of the fields")
        }
        guard parsed.message.utf8.elementsEqual(message.utf8) else {
            throw .malformed(line: 1, reason: "the message is not in canonical form")
        }
        return parsed
    }
}
