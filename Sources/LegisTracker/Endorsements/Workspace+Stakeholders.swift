public import Foundation
public import LegisGit
public import LegisSignature

extension Workspace {
    /// The stakeholder registry at the tip of the branch.
    public func stakeholderRegistry() throws(LegisError) -> StakeholderRegistry {
        guard let tip = try tip() else { return StakeholderRegistry() }
        let folder = config.stakeholders + "/"
        let files = try git { () throws(GitError) in try repository.files(at: tip) }
        var registry = StakeholderRegistry()
        for (path, blob) in files where path.hasPrefix(folder) && path.hasSuffix(".yml") {
            let name = String(path.dropFirst(folder.count).dropLast(4))
            guard !name.contains("/") else { continue }
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
        validFrom: Date? = nil, validUntil: Date? = nil, author: Author?
    ) throws(LegisError) -> Stakeholder {
        try Stakeholder.validate(id: id)
        let signer = try self.author(author)
        let key = try Self.parsePublicKey(publicKey)
        guard !name.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw LegisError(.usage, "A stakeholder needs a name: pass --name.")
        }
        let registered = try stakeholderRegistry()[id] != nil
        let present = try committedFile(stakeholderPath(id)) != nil
        if registered || present {
            throw LegisError(.conflict, "The stakeholder '\(id)' exists already.")
        }
        let stakeholder = Stakeholder(
            id: id, name: name, category: category, contact: contact,
            keys: [Stakeholder.Key(openSSH: key.authorizedKeyLine, validFrom: validFrom, validUntil: validUntil)])
        try writeStakeholder(stakeholder, message: "Register stakeholder \(id)", author: signer)
        return stakeholder
    }

    /// Adds another key to a stakeholder.
    public func addKey(
        to id: String, publicKey: String, validFrom: Date? = nil, validUntil: Date? = nil, author: Author?
    ) throws(LegisError) {
        var stakeholder = try stakeholder(id)
        let key = try Self.parsePublicKey(publicKey)
        guard !stakeholder.keys.contains(where: { $0.identity == Stakeholder.Key(openSSH: key.authorizedKeyLine).identity }) else {
            throw LegisError(.conflict, "That key is registered for '\(id)' already.")
        }
        stakeholder.keys.append(Stakeholder.Key(openSSH: key.authorizedKeyLine, validFrom: validFrom, validUntil: validUntil))
        try writeStakeholder(stakeholder, message: "Add a key for stakeholder \(id)", author: try self.author(author))
    }

    /// Marks a stakeholder's key as revoked; it is chosen by fingerprint (`SHA256:...`) or public key.
    public func revokeKey(of id: String, key selector: String, author: Author?) throws(LegisError) {
        var stakeholder = try stakeholder(id)
        let wanted = selector.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let index = stakeholder.keys.firstIndex(where: { key in
            guard let parsed = try? SSHPublicKey(line: key.openSSH) else { return false }
            return parsed.fingerprint == wanted || key.identity == Stakeholder.Key(openSSH: wanted).identity
        }) else {
            throw LegisError(.notFound, "'\(id)' has no key '\(wanted)': 'legis stakeholder show \(id)' lists its keys.")
        }
        stakeholder.keys[index].revoked = true
        try writeStakeholder(stakeholder, message: "Revoke a key of stakeholder \(id)", author: try self.author(author))
    }

    func stakeholderPath(_ id: String) -> String { "\(config.stakeholders)/\(id).yml" }

    private func writeStakeholder(_ stakeholder: Stakeholder, message: String, author: Author) throws(LegisError) {
        let path = stakeholderPath(stakeholder.id)
        let bytes = Array(stakeholder.yaml.utf8)
        try commit([.write(path: path, contents: bytes, executable: false)], message: message, author: author)
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
