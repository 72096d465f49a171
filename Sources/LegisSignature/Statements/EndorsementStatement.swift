public import Foundation

/// What a stakeholder signs when endorsing a document: the tag message of an endorsement.
///
/// The message is line-oriented and versioned (`Legis-Endorsement: 1`); the free statement comes
/// last, quoted line by line, so that nothing in it can pass for a field. See ``message``.
public struct EndorsementStatement: Sendable, Hashable {
    /// The format version written in the `Legis-Endorsement` line.
    public static let formatVersion = 1

    /// The endorsed document's id.
    public let document: String
    /// The id of the commit endorsed (lower-case hex).
    public let commit: String
    /// The id of the document's blob in that commit (lower-case hex).
    public let blob: String
    /// The SHA-256 of the exact text endorsed (lower-case hex).
    public let textSHA256: String
    /// The endorsing stakeholder's id.
    public let stakeholder: String
    /// Support, support with reservations, or objection.
    public let stance: Stance
    /// The provisions the endorsement covers (paths such as `art-3/para-2`), or nil for the whole text.
    public let scope: [String]?
    /// The stakeholder's free statement; any text, possibly empty or multi-line.
    public let statement: String
    /// When the endorsement was made, in whole seconds since 1970 (UTC).
    public let timestamp: Int64

    /// Creates a statement, checking every field.
    ///
    /// `date` is truncated to whole seconds. A document id is `/`-separated segments of letters,
    /// digits, `-`, `_` and `.`; a stakeholder id is 1–100 characters from `A-Z a-z 0-9 . _ -`.
    /// Scope paths are non-empty, without commas, control characters or surrounding spaces; an
    /// empty scope means the whole text, as nil does.
    public init(
        document: String, commit: String, blob: String, textSHA256: String, stakeholder: String, stance: Stance,
        scope: [String]? = nil, statement: String, date: Date
    ) throws(StatementFormatError) {
        try Identifier.checkDocument(document)
        try Identifier.check(stakeholder, field: "stakeholder id")
        guard Hex.isObjectID(commit) else {
            throw .invalidField(
                field: "commit id", reason: "'\(commit.prefix(80))' is not 40 or 64 lower-case hex digits")
        }
        guard Hex.isObjectID(blob) else {
            throw .invalidField(field: "blob id", reason: "'\(blob.prefix(80))' is not 40 or 64 lower-case hex digits")
        }
        guard Hex.isLowercaseHex(textSHA256, lengths: [64]) else {
            throw .invalidField(
                field: "text SHA-256", reason: "'\(textSHA256.prefix(80))' is not 64 lower-case hex digits")
        }
        let scope = scope?.isEmpty == true ? nil : scope
        if let scope { try Self.checkScope(scope) }
        let seconds = date.timeIntervalSince1970.rounded(.down)
        guard seconds >= 0, seconds < 253_402_300_800, UTCTimestamp.isWritable(Int64(seconds)) else {
            throw .invalidField(field: "date", reason: "must lie between 1970 and 9999")
        }
        self.document = document
        self.commit = commit
        self.blob = blob
        self.textSHA256 = textSHA256
        self.stakeholder = stakeholder
        self.stance = stance
        self.scope = scope
        self.statement = statement
        self.timestamp = Int64(seconds)
    }

    /// When the endorsement was made.
    public var date: Date { Date(timeIntervalSince1970: TimeInterval(timestamp)) }

    /// The lower-case hex SHA-256 of `text`'s UTF-8 bytes, for ``textSHA256``.
    public static func textDigest(of text: String) -> String {
        TextDigest.sha256Hex(Array(text.utf8))
    }

    static func checkScope(_ scope: [String]) throws(StatementFormatError) {
        for path in scope {
            guard !path.isEmpty, path.trimmingASCIIWhitespace() == path, !path.contains(","),
                !path.unicodeScalars.contains(where: { QuotedText.needsEscape($0) || $0 == "\t" })
            else {
                throw .invalidField(
                    field: "scope",
                    reason:
                        "'\(path.prefix(80))' must be non-empty, without commas, control characters or surrounding spaces"
                )
            }
        }
        guard Set(scope).count == scope.count else {
            throw .invalidField(field: "scope", reason: "a provision is listed twice")
        }
    }
}
