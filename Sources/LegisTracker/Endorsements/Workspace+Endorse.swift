public import Foundation
public import LegisGit
import Crypto
import LegisDocument
public import LegisSignature

extension Workspace {
    /// Signs an endorsement of a revision of a document by a stakeholder, with a key registered for it.
    ///
    /// The signed tag carries the document, commit, blob and SHA-256 of the exact text, the stance,
    /// the scope and the statement. A key that is not registered (or revoked, or not valid today)
    /// for the stakeholder is refused before anything is written.
    @discardableResult
    public func endorse(
        _ id: DocumentID, revision requested: String? = nil, as stakeholderID: String, keyFile: String,
        stance: Stance, scope: [String] = [], statement: String = "", date: Date = Date()
    ) throws(LegisError) -> EndorsementRef {
        let signer = try Self.signer(forKeyFile: keyFile)
        return try endorse(
            id, revision: requested, as: stakeholderID, signer: signer, stance: stance, scope: scope,
            statement: statement, date: date)
    }

    /// Signs an endorsement with a given signer (see the key-file variant).
    @discardableResult
    public func endorse(
        _ id: DocumentID, revision requested: String? = nil, as stakeholderID: String, signer: any Signer,
        stance: Stance, scope: [String] = [], statement: String = "", date: Date = Date()
    ) throws(LegisError) -> EndorsementRef {
        let stakeholder = try stakeholder(stakeholderID)
        try checkKey(signer.publicKey, of: stakeholder, at: date)
        let revision = try revision(of: id, requested)
        let bytes = try git { () throws(GitError) in try repository.blob(revision.blob) }
        if !scope.isEmpty {
            let document = try self.document(of: revision)
            for path in scope where document.provision(at: ProvisionPath(path)) == nil {
                throw LegisError(
                    .notFound, "The scope names '\(path)', which is not a provision of \(id) at \(revision.commit.short).")
            }
        }
        let endorsement: EndorsementStatement
        do {
            endorsement = try EndorsementStatement(
                document: id.rawValue, commit: revision.commit.hex, blob: revision.blob.hex,
                textSHA256: Self.sha256Hex(bytes), stakeholder: stakeholder.id, stance: stance, scope: scope,
                statement: statement, date: date)
        } catch {
            throw LegisError(.usage, "The endorsement cannot be written: \(error).")
        }
        let existing = try git { () throws(GitError) in
            try repository.references(withPrefix: "\(EndorsementRef.prefix)\(id.refSegment)/\(stakeholder.id)/")
        }
        var number = (existing.compactMap { EndorsementRef(name: $0.name)?.number }.max() ?? 0) + 1
        while true {
            let ref = EndorsementRef(document: id, stakeholder: stakeholder.id, number: number)
            let object = try signedTag(
                target: revision.commit, type: .commit, name: String(ref.name.dropFirst("refs/".count)),
                message: endorsement.message, stakeholder: stakeholder, signer: signer, date: date)
            do {
                try repository.createReference(name: ref.name, target: object, force: false, message: "endorse")
                return ref
            } catch {
                guard error.isConflict else {
                    throw LegisError(.repository, "Could not store the endorsement: \(error.message).")
                }
                number += 1
            }
        }
    }

    /// Withdraws an endorsement with a revocation signed by the same stakeholder.
    @discardableResult
    public func revokeEndorsement(
        _ refName: String, signer: any Signer, reason: String = "", date: Date = Date()
    ) throws(LegisError) -> EndorsementRef {
        guard let ref = EndorsementRef(name: refName), !ref.isRevocation else {
            throw LegisError(.usage, "'\(refName)' is not an endorsement ref: 'legis endorsements ID' lists them.")
        }
        guard let target = try? repository.reference(named: ref.name) else {
            throw LegisError(.notFound, "There is no endorsement \(refName).")
        }
        let stakeholder = try stakeholder(ref.stakeholder)
        try checkKey(signer.publicKey, of: stakeholder, at: date)
        let revocation: RevocationStatement
        do {
            revocation = try RevocationStatement(
                ref: ref.name, endorsementObject: target.target.hex, stakeholder: stakeholder.id, reason: reason, date: date)
        } catch {
            throw LegisError(.usage, "The revocation cannot be written: \(error).")
        }
        var revocationRef = ref
        revocationRef.isRevocation = true
        // Refuse before signing, so a second revocation leaves no object behind.
        if try git({ () throws(GitError) in try repository.reference(named: revocationRef.name) }) != nil {
            throw LegisError(.conflict, "\(refName) is revoked already.")
        }
        let object = try signedTag(
            target: target.target, type: .tag, name: String(revocationRef.name.dropFirst("refs/".count)),
            message: revocation.message, stakeholder: stakeholder, signer: signer, date: date)
        do {
            try repository.createReference(name: revocationRef.name, target: object, force: false, message: "revoke")
        } catch {
            if error.isConflict { throw LegisError(.conflict, "\(refName) is revoked already.") }
            throw LegisError(.repository, "Could not store the revocation: \(error.message).")
        }
        try recordRevocation(object, of: target.target, ref: revocationRef.name, stakeholder: stakeholder)
        return revocationRef
    }

    /// Records a revocation in the revocation ledger on the branch, so that deleting its ref
    /// later leaves the endorsement invalid rather than current.
    private func recordRevocation(
        _ revocation: ObjectID, of endorsement: ObjectID, ref: String, stakeholder: Stakeholder
    ) throws(LegisError) {
        let author = (try? self.author(nil)) ?? Author(name: stakeholder.name, email: stakeholder.id)
        var attempts = 0
        while true {
            let bytes = try RevocationLedger.appending(self, revocation: revocation, endorsement: endorsement, ref: ref)
            do {
                try commit(
                    [.write(path: RevocationLedger.path, contents: bytes, executable: false)],
                    message: "Record the revocation of \(ref.replacingOccurrences(of: "-revocation", with: ""))",
                    author: author)
                try writeWorkingFile(RevocationLedger.path, bytes)
                return
            } catch where error.kind == .conflict && attempts < 5 {
                attempts += 1
            } catch {
                throw LegisError(
                    error.kind,
                    "The revocation \(ref) is stored, but recording it in \(RevocationLedger.path) failed: \(error.message)")
            }
        }
    }

    /// Refuses a key that is not registered for the stakeholder, revoked, or not valid at `date`.
    func checkKey(_ key: SSHPublicKey, of stakeholder: Stakeholder, at date: Date) throws(LegisError) {
        guard let registered = stakeholder.keys.first(where: { $0.identity == Self.identity(of: key) }) else {
            throw LegisError(
                .invalidInput,
                "The key \(key.fingerprint) is not registered for '\(stakeholder.id)': 'legis stakeholder show \(stakeholder.id)' lists its keys.")
        }
        if registered.revoked {
            throw LegisError(.invalidInput, "The key \(key.fingerprint) of '\(stakeholder.id)' is revoked.")
        }
        if !registered.isValid(at: date) {
            throw LegisError(.invalidInput, "The key \(key.fingerprint) of '\(stakeholder.id)' is not valid on \(Stakeholder.dayString(date)).")
        }
    }

    static func identity(of key: SSHPublicKey) -> String { "\(key.keyType) \(key.base64Blob)" }

    static func sha256Hex(_ bytes: [UInt8]) -> String {
        SHA256.hash(data: bytes).map { String(format: "%02x", $0) }.joined()
    }

    private func signedTag(
        target: ObjectID, type: GitObjectType, name: String, message: String, stakeholder: Stakeholder,
        signer: any Signer, date: Date
    ) throws(LegisError) -> ObjectID {
        do {
            let taggerName = String(stakeholder.name.map { "<>\n\r".contains($0) ? " " : $0 })
            let tagger = try Tagger(name: taggerName, email: stakeholder.id, date: date)
            let tag = try TagObject(object: target.hex, type: type, name: name, tagger: tagger, message: message)
            let bytes = try tag.signed(with: signer)
            return try repository.writeObject(bytes, type: .tag)
        } catch let error as LegisError {
            throw error
        } catch {
            throw LegisError(.verification, "Could not sign the endorsement: \(error).")
        }
    }
}

extension Workspace {
    /// Withdraws an endorsement, signing with a key file (see ``endorse(_:revision:as:keyFile:stance:scope:statement:date:)``).
    @discardableResult
    public func revokeEndorsement(_ refName: String, keyFile: String, reason: String = "") throws(LegisError) -> EndorsementRef {
        try revokeEndorsement(refName, signer: try Self.signer(forKeyFile: keyFile), reason: reason)
    }
}
