public import Foundation
public import LegisGit

/// One endorsement as verified: who endorsed which text, how, and whether it still holds.
public struct EndorsementReport: Sendable, Hashable, Encodable {
    /// The ref holding the signed tag, e.g. `refs/endorsements/labour-law/ngo-safe-home/1`.
    public var ref: String
    /// The document id (from the signed message when it can be read, else from the ref).
    public var document: String
    /// The stakeholder id.
    public var stakeholder: String
    /// `support`, `support-with-reservations` or `object` (nil when the message cannot be read).
    public var stance: String?
    /// The endorsed commit.
    public var commit: ObjectID?
    /// The endorsed blob.
    public var blob: ObjectID?
    public var status: EndorsementStatus
    /// Why the status is what it is, in one sentence.
    public var reason: String
    /// The statement signed with the endorsement.
    public var statement: String
    /// Provision paths the endorsement is limited to (empty: the whole text).
    public var scope: [String]
    /// When it was signed (from the signed message).
    public var date: Date?
    /// For a stale endorsement: the provisions changed since (paths in the latest revision, or
    /// in the endorsed one when deleted).
    public var changedProvisions: [String]
    /// The fingerprint of the signing key (`SHA256:...`), when the signature could be read.
    public var keyFingerprint: String?
    /// The draft names of the endorsed revision.
    public var drafts: [String]

    public init(ref: String, document: String, stakeholder: String, status: EndorsementStatus, reason: String) {
        self.ref = ref
        self.document = document
        self.stakeholder = stakeholder
        self.status = status
        self.reason = reason
        stance = nil
        commit = nil
        blob = nil
        statement = ""
        scope = []
        date = nil
        changedProvisions = []
        keyFingerprint = nil
        drafts = []
    }

    enum CodingKeys: String, CodingKey {
        case ref, document, stakeholder, stance, commit, blob, status, reason, statement, scope, date
        case changedProvisions, keyFingerprint, drafts
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(ref, forKey: .ref)
        try container.encode(document, forKey: .document)
        try container.encode(stakeholder, forKey: .stakeholder)
        try container.encode(stance, forKey: .stance)
        try container.encode(commit?.hex, forKey: .commit)
        try container.encode(blob?.hex, forKey: .blob)
        try container.encode(status, forKey: .status)
        try container.encode(reason, forKey: .reason)
        try container.encode(statement, forKey: .statement)
        try container.encode(scope, forKey: .scope)
        try container.encode(date.map(ISO8601.string), forKey: .date)
        try container.encode(changedProvisions, forKey: .changedProvisions)
        try container.encode(keyFingerprint, forKey: .keyFingerprint)
        try container.encode(drafts, forKey: .drafts)
    }
}
