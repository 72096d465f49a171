public import Foundation
public import LegisGit
public import LegisSignature

/// An endorsement ready to be signed elsewhere (in a browser): the exact tag bytes to sign and
/// everything needed to write the same tag once the signature comes back.
public struct PreparedEndorsement: Sendable, Hashable {
    public var document: DocumentID
    public var commit: ObjectID
    public var stakeholder: String
    public var stance: Stance
    public var scope: [String]
    public var statement: String
    /// The moment written in the statement and the tagger line (whole seconds).
    public var date: Date
    /// The key expected to sign.
    public var publicKey: SSHPublicKey
    /// The tag object without its signature: what the SSHSIG signature (namespace `git`) covers.
    public var payload: [UInt8]
}
