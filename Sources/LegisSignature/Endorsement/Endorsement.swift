/// A verified endorsement: a signed tag object whose message is an ``EndorsementStatement``.
public struct Endorsement: Sendable, Hashable {
    /// The tag object.
    public let tag: TagObject
    /// The statement in the tag's message.
    public let statement: EndorsementStatement
    /// The tag's signature, verified against the tag's payload.
    public let signature: SSHSignature

    /// The key that signed the endorsement; check it belongs to ``EndorsementStatement/stakeholder``.
    public var signer: SSHPublicKey { signature.publicKey }

    /// The unsigned tag object for `statement`: pointing at the endorsed commit, named `tagName`
    /// (the ref name without `refs/`, by convention), dated as the statement.
    public static func tagObject(
        for statement: EndorsementStatement, tagName: String, taggerName: String, taggerEmail: String
    ) throws(EndorsementError) -> TagObject {
        do {
            let tagger = try Tagger(name: taggerName, email: taggerEmail, timestamp: statement.timestamp)
            return try TagObject(
                object: statement.commit, type: .commit, name: tagName, tagger: tagger, message: statement.message)
        } catch {
            throw .tag(error)
        }
    }

    /// Reads and verifies an endorsement tag object: the SSH signature (namespace `git`) over the
    /// payload, the statement's form, and that the tag points at the statement's commit, carries
    /// its date and, when `tagName` is given, has that name.
    ///
    /// When `expectedKey` is given the tag must be signed by that key. Whether the key belongs to
    /// the statement's stakeholder is for the caller to check, with ``signer``.
    public static func verify(
        tagBytes: [UInt8], tagName: String? = nil, signedBy expectedKey: SSHPublicKey? = nil
    ) throws(EndorsementError) -> Endorsement {
        let parsed: ParsedTagObject
        let signature: SSHSignature
        do {
            parsed = try TagObject.parse(bytes: tagBytes)
            signature = try parsed.verifiedSignature(signedBy: expectedKey)
        } catch {
            throw .tag(error)
        }
        let tag = parsed.tag
        let statement: EndorsementStatement
        do {
            statement = try EndorsementStatement.parse(tag.message)
        } catch {
            throw .statement(error)
        }
        guard tag.type == .commit, tag.object == statement.commit else {
            throw .inconsistent(
                reason:
                    "the tag points at \(tag.type.rawValue) \(tag.object), not at the statement's commit \(statement.commit)"
            )
        }
        guard tag.tagger.timestamp == statement.timestamp else {
            throw .inconsistent(reason: "the tagger's date is not the statement's date")
        }
        if let tagName, tag.name != tagName {
            throw .inconsistent(reason: "the tag is named '\(tag.name)', not '\(tagName)'")
        }
        return Endorsement(tag: tag, statement: statement, signature: signature)
    }
}
