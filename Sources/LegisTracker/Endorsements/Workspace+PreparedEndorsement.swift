public import Foundation
import LegisGit
public import LegisSignature
import Synchronization

extension Workspace {
    /// Prepares an endorsement to be signed by `publicKey` elsewhere: the same checks and the
    /// same tag bytes as ``endorse(_:revision:as:signer:stance:scope:statement:date:)``, with
    /// nothing written.
    public func prepareEndorsement(
        _ id: DocumentID, revision requested: String? = nil, as stakeholderID: String, publicKey: SSHPublicKey,
        stance: Stance, scope: [String] = [], statement: String = "", date: Date = Date()
    ) throws(LegisError) -> PreparedEndorsement {
        let moment = Date(timeIntervalSince1970: (date.timeIntervalSince1970).rounded(.down))
        let commit = try revision(of: id, requested).commit
        let capture = PayloadCapture(publicKey: publicKey)
        do throws(LegisError) {
            try endorse(
                id, revision: commit.hex, as: stakeholderID, signer: capture, stance: stance, scope: scope,
                statement: statement, date: moment)
            throw LegisError(.verification, "The endorsement was written while only being prepared.")
        } catch {
            guard let payload = capture.payload else { throw error }
            return PreparedEndorsement(
                document: id, commit: commit, stakeholder: stakeholderID, stance: stance, scope: scope,
                statement: statement, date: moment, publicKey: publicKey, payload: payload)
        }
    }

    /// Writes a prepared endorsement with the armored SSHSIG signature made for its payload.
    ///
    /// The signature is verified (namespace `git`, the prepared key, the exact payload) before
    /// anything is written; if another endorsement by the stakeholder took the ref number meanwhile
    /// the payload no longer matches and the endorsement must be prepared again (a conflict).
    @discardableResult
    public func endorse(_ prepared: PreparedEndorsement, signature armored: String) throws(LegisError) -> EndorsementRef {
        let signature: SSHSignature
        do {
            signature = try SSHSignature.parse(armored: armored)
            try signature.check(message: prepared.payload, namespace: "git", signedBy: prepared.publicKey)
        } catch {
            throw LegisError(.verification, "The signature does not sign the prepared endorsement: \(error).")
        }
        let signer = PresignedSigner(publicKey: prepared.publicKey, payload: prepared.payload, armored: armored)
        return try endorse(
            prepared.document, revision: prepared.commit.hex, as: prepared.stakeholder, signer: signer,
            stance: prepared.stance, scope: prepared.scope, statement: prepared.statement, date: prepared.date)
    }
}

/// A signer that signs nothing: it keeps the payload it is given and stops the signing.
private final class PayloadCapture: Signer {
    let publicKey: SSHPublicKey
    private let captured = Mutex<[UInt8]?>(nil)

    init(publicKey: SSHPublicKey) { self.publicKey = publicKey }

    var payload: [UInt8]? { captured.withLock { $0 } }

    func sign(_ payload: [UInt8]) throws -> String {
        captured.withLock { $0 = payload }
        throw LegisError(.verification, "Prepared only.")
    }
}

/// A signer that returns a signature made elsewhere, for exactly the payload it was made for.
private struct PresignedSigner: Signer {
    let publicKey: SSHPublicKey
    let payload: [UInt8]
    let armored: String

    func sign(_ payload: [UInt8]) throws -> String {
        guard payload == self.payload else {
            throw LegisError(
                .conflict, "The endorsement changed since it was prepared (another was stored first): prepare and sign it again.")
        }
        return armored
    }
}
