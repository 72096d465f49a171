public import Foundation

/// What a stakeholder signs to withdraw one of their endorsements.
///
/// The message is versioned (`Legis-Revocation: 1`) and names the endorsement's ref and the id of
/// the tag object it revokes; the free reason comes last, quoted as in ``EndorsementStatement``.
public struct RevocationStatement: Sendable, Hashable {
    /// The format version written in the `Legis-Revocation` line.
    public static let formatVersion = 1
    /// The folder endorsement refs live under.
    public static let endorsementRefPrefix = "refs/endorsements/"

    /// The revoked endorsement's ref: `refs/endorsements/<document>/<stakeholder>/<n>`.
    public let ref: String
    /// The id of the revoked endorsement's tag object (lower-case hex).
    public let endorsementObject: String
    /// The stakeholder who revokes: the one named in ``ref``.
    public let stakeholder: String
    /// The stakeholder's reason; any text, possibly empty or multi-line.
    public let reason: String
    /// When the revocation was made, in whole seconds since 1970 (UTC).
    public let timestamp: Int64

    /// Creates a revocation, checking every field; `date` is truncated to whole seconds.
    ///
    /// `ref` must be an endorsement ref of `stakeholder`: three segments after `refs/endorsements/`,
    /// the second being the stakeholder id and the third a positive number, without spaces,
    /// control characters or `..`.
    public init(ref: String, endorsementObject: String, stakeholder: String, reason: String, date: Date)
        throws(StatementFormatError)
    {
        try Identifier.check(stakeholder, field: "stakeholder id")
        try Self.checkRef(ref, stakeholder: stakeholder)
        guard Hex.isObjectID(endorsementObject) else {
            throw .invalidField(
                field: "endorsement object id",
                reason: "'\(endorsementObject.prefix(80))' is not 40 or 64 lower-case hex digits")
        }
        let seconds = date.timeIntervalSince1970.rounded(.down)
        guard seconds >= 0, seconds < 253_402_300_800, UTCTimestamp.isWritable(Int64(seconds)) else {
            throw .invalidField(field: "date", reason: "must lie between 1970 and 9999")
        }
        self.ref = ref
        self.endorsementObject = endorsementObject
        self.stakeholder = stakeholder
        self.reason = reason
        self.timestamp = Int64(seconds)
    }

    /// When the revocation was made.
    public var date: Date { Date(timeIntervalSince1970: TimeInterval(timestamp)) }

    private static func checkRef(_ ref: String, stakeholder: String) throws(StatementFormatError) {
        let parts =
            ref.hasPrefix(endorsementRefPrefix)
            ? ref.dropFirst(endorsementRefPrefix.count).split(separator: "/", omittingEmptySubsequences: false) : []
        let safe =
            !ref.contains("..")
            && !ref.unicodeScalars.contains {
                $0.properties.isWhitespace || QuotedText.needsEscape($0) || $0 == "\t"
            }
        guard parts.count == 3, safe, !parts[0].isEmpty, parts[1] == stakeholder, let number = Int(parts[2]),
            number > 0, String(number) == parts[2]
        else {
            throw .invalidField(
                field: "endorsement ref",
                reason: "'\(ref.prefix(80))' is not \(endorsementRefPrefix)<document>/\(stakeholder)/<n>")
        }
    }
}
