public import Foundation
public import LegisGit
public import LegisSignature

extension Workspace {
    /// The stakeholder registry at the tip of the branch, as the chain of trust accepts it: a
    /// registry change that was not signed by the secretariat does not count (see
    /// ``registryTrust()``). Without a trust root it is the registry the tip holds.
    public func stakeholderRegistry() throws(LegisError) -> StakeholderRegistry {
        try RegistryHistory(workspace: self, tip: try tip()).tipRegistry
    }

    /// Reads the stakeholder files of a folder's tree (`folder` names it in messages).
    func readRegistry(folder: String, tree: ObjectID?) throws(LegisError) -> StakeholderRegistry {
        guard let tree else { return StakeholderRegistry() }
        let files = (try? repository.blobs(inTree: tree)) ?? [:]
        var registry = StakeholderRegistry()
        for (file, blob) in files where file.hasSuffix(".yml") {
            let name = String(file.dropLast(4))
            let path = "\(folder)/\(file)"
            let bytes = try git { () throws(GitError) in try repository.blob(blob) }
            guard let text = String(validating: bytes, as: UTF8.self) else {
                registry.problems[name] = "\(path) is not UTF-8 text"
                continue
            }
            do {
                let stakeholder = try Stakeholder.parse(yaml: text, file: path)
                guard stakeholder.id == name else {
                    registry.problems[name] = "\(path) says id '\(stakeholder.id)' but its file name says '\(name)'"
                    continue
                }
                registry.byID[name] = stakeholder
            } catch {
                registry.problems[name] = error.message
            }
        }
        return registry
    }

    /// The stakeholders, sorted by category and name.
    public func stakeholders() throws(LegisError) -> [Stakeholder] { try stakeholderRegistry().all }

    /// The stakeholder with this id, or a not-found error.
    public func stakeholder(_ id: String) throws(LegisError) -> Stakeholder {
        let registry = try stakeholderRegistry()
        if let problem = registry.problems[id] {
            throw LegisError(.invalidInput, "The stakeholder file of '\(id)' cannot be read: \(problem).")
        }
        guard let stakeholder = registry[id] else {
            throw LegisError(.notFound, "There is no stakeholder '\(id)': 'legis stakeholder list' shows them.")
        }
        return stakeholder
    }

    /// Registers a stakeholder with one public key, committing its file.
    @discardableResult
    public func addStakeholder(
        id: String, name: String, category: StakeholderCategory, contact: String?, publicKey: String,
        validFrom: Date? = nil, validUntil: Date? = nil, author: Author?, signer registrySigner: (any Signer)? = nil
    ) throws(LegisError) -> Stakeholder {
        try Stakeholder.validate(id: id)
        let signer = try self.author(author)
        let key = try Self.parsePublicKey(publicKey)
        guard !name.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw LegisError(.usage, "A stakeholder needs a name: pass --name.")
        }
        let registered = try stakeholderRegistry()[id] != nil
        let present = try committedFile(try stakeholderPath(id)) != nil
        if registered || present {
            throw LegisError(.conflict, "The stakeholder '\(id)' exists already.")
        }
        let stakeholder = Stakeholder(
            id: id, name: name, category: category, contact: contact,
            keys: [Stakeholder.Key(openSSH: key.authorizedKeyLine, validFrom: validFrom, validUntil: validUntil)])
        try writeStakeholder(stakeholder, message: "Register stakeholder \(id)", author: signer, signer: registrySigner)
        return stakeholder
    }

    /// Adds another key to a stakeholder.
    public func addKey(
        to id: String, publicKey: String, validFrom: Date? = nil, validUntil: Date? = nil, author: Author?,
        signer: (any Signer)? = nil
    ) throws(LegisError) {
        var stakeholder = try stakeholder(id)
        let key = try Self.parsePublicKey(publicKey)
        guard !stakeholder.keys.contains(where: { $0.identity == Stakeholder.Key(openSSH: key.authorizedKeyLine).identity }) else {
            throw LegisError(.conflict, "That key is registered for '\(id)' already.")
        }
        stakeholder.keys.append(Stakeholder.Key(openSSH: key.authorizedKeyLine, validFrom: validFrom, validUntil: validUntil))
        try writeStakeholder(
            stakeholder, message: "Add a key for stakeholder \(id)", author: try self.author(author), signer: signer)
    }

    /// Revokes a stakeholder's key as compromised: nothing it ever signed counts, whatever its date.
    /// The key is chosen by fingerprint (`SHA256:...`) or public key; the reason and day are recorded.
    public func revokeKey(
        of id: String, key selector: String, reason: String = "compromised", author: Author?,
        signer: (any Signer)? = nil, date: Date = Date()
    ) throws(LegisError) {
        var stakeholder = try stakeholder(id)
        let index = try keyIndex(in: stakeholder, selector)
        stakeholder.keys[index].revoked = true
        stakeholder.keys[index].revokedReason = reason.isEmpty ? "compromised" : reason
        stakeholder.keys[index].revokedOn = Stakeholder.day(Stakeholder.dayString(date))
        try writeStakeholder(
            stakeholder, message: "Revoke a key of stakeholder \(id) (\(stakeholder.keys[index].revokedReason ?? ""))",
            author: try self.author(author), signer: signer)
    }

    /// Retires a stakeholder's key from a day on (lost laptop, person left): endorsements dated
    /// before `from` stay valid, later ones are invalid.
    public func retireKey(
        of id: String, key selector: String, from: Date, reason: String = "", author: Author?,
        signer: (any Signer)? = nil
    ) throws(LegisError) {
        var stakeholder = try stakeholder(id)
        let index = try keyIndex(in: stakeholder, selector)
        if stakeholder.keys[index].revoked {
            throw LegisError(.conflict, "That key of '\(id)' is revoked as compromised already.")
        }
        stakeholder.keys[index].retiredFrom = from
        stakeholder.keys[index].retiredReason = reason.isEmpty ? nil : reason
        try writeStakeholder(
            stakeholder, message: "Retire a key of stakeholder \(id) from \(Stakeholder.dayString(from))",
            author: try self.author(author), signer: signer)
    }

    private func keyIndex(in stakeholder: Stakeholder, _ selector: String) throws(LegisError) -> Int {
        let wanted = selector.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let index = stakeholder.keys.firstIndex(where: { key in
            guard let parsed = try? SSHPublicKey(line: key.openSSH) else { return false }
            return parsed.fingerprint == wanted || key.identity == Stakeholder.Key(openSSH: wanted).identity
        }) else {
            throw LegisError(
                .notFound, "'\(stakeholder.id)' has no key '\(wanted)': 'legis stakeholder show \(stakeholder.id)' lists its keys.")
        }
        return index
    }

    func stakeholderPath(_ id: String) throws(LegisError) -> String { "\(try trustedStakeholderFolder())/\(id).yml" }

    private func writeStakeholder(
        _ stakeholder: Stakeholder, message: String, author: Author, signer: (any Signer)?
    ) throws(LegisError) {
        let path = try stakeholderPath(stakeholder.id)
        let bytes = Array(stakeholder.yaml.utf8)
        try commitRegistryChange(
            [.write(path: path, contents: bytes, executable: false)], message: message, author: author, signer: signer)
        try writeWorkingFile(path, bytes)
    }

    static func parsePublicKey(_ text: String) throws(LegisError) -> SSHPublicKey {
        if text.contains("PRIVATE KEY-----") {
            throw LegisError(
                .invalidInput,
                "This is a private key, which must stay with its owner: give the public key instead (the file ending in .pub, one line starting with ssh-ed25519).")
        }
        do {
            return try SSHPublicKey(line: text.trimmingCharacters(in: .whitespacesAndNewlines))
        } catch {
            throw LegisError(.invalidInput, "Not an OpenSSH ed25519 public key: \(error).")
        }
    }
}

extension Workspace {
    /// The `SHA256:...` fingerprint of a registered key, if it parses.
    public static func fingerprint(of key: Stakeholder.Key) -> String? {
        (try? SSHPublicKey(line: key.openSSH))?.fingerprint
    }
}
