public import Foundation
public import LegisGit
public import LegisSignature

extension Workspace {
    /// The members as the chain of trust accepts them, sorted by e-mail; unreadable files are skipped.
    ///
    /// The members folder is part of the registry: in a workspace with a trust root, a change to
    /// it counts only in a commit signed by the secretariat (see ``registryTrust()``), so a role
    /// or key added with plain git is not taken.
    public func members() throws(LegisError) -> [Member] {
        guard let tip = try tip() else { return [] }
        guard let tree = try RegistryHistory(workspace: self, tip: tip).tipState?.members else { return [] }
        let files = (try? repository.blobs(inTree: tree)) ?? [:]
        var result: [Member] = []
        for (file, blob) in files where file.hasSuffix(".yml") {
            let path = "\(Member.folder)/\(file)"
            let bytes = try git { () throws(GitError) in try repository.blob(blob) }
            guard let text = String(validating: bytes, as: UTF8.self),
                let member = try? Member.parse(yaml: text, file: path),
                Member.path(email: member.email) == path
            else { continue }
            result.append(member)
        }
        return result.sorted { $0.email < $1.email }
    }

    /// The member with this e-mail, or nil.
    public func member(email: String) throws(LegisError) -> Member? {
        let path = Member.path(email: email)
        return try members().first { Member.path(email: $0.email) == path }
    }

    /// The member who registered `key`, if any.
    public func member(withKey key: SSHPublicKey) throws(LegisError) -> Member? {
        let identity = Self.identity(of: key)
        return try members().first { $0.keys.contains { $0.identity == identity } }
    }

    /// Creates a single-use invitation for a person of a registered stakeholder; returns its token.
    ///
    /// Nothing is committed: the member and their key are committed at enrolment.
    public func invite(
        stakeholder: String, name: String, email: String, roles: [Member.Role], invitedBy: String,
        lifetime: TimeInterval = Invitation.defaultLifetime, date: Date = Date()
    ) throws(LegisError) -> (token: String, invitation: Invitation) {
        _ = try self.stakeholder(stakeholder)
        try Member.validate(email: email)
        let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty, !trimmed.unicodeScalars.contains(where: { $0.value < 0x20 || "<>".unicodeScalars.contains($0) })
        else {
            throw LegisError(.usage, "An invitation needs the person's name (no '<', '>' or line breaks): pass --name.")
        }
        guard !roles.isEmpty else {
            throw LegisError(.usage, "An invitation needs at least one role: secretariat, drafter, reviewer or partner.")
        }
        guard (60...(90 * 86_400)).contains(lifetime) else {
            throw LegisError(.usage, "An invitation must last between a minute and 90 days.")
        }
        if let existing = try member(email: email), existing.stakeholder != stakeholder {
            throw LegisError(.conflict, "\(email) is a member of '\(existing.stakeholder)' already, not of '\(stakeholder)'.")
        }
        let invitation = Invitation(
            stakeholder: stakeholder, name: trimmed, email: email.lowercased(), roles: Array(Set(roles)).sorted(),
            invitedBy: invitedBy, created: date, expires: date.addingTimeInterval(lifetime))
        let token = try InvitationStore(gitDirectory: repository.gitDirectory).add(invitation)
        return (token, invitation)
    }

    /// The invitation for `token`, without using it (for the enrolment page).
    public func invitation(token: String, date: Date = Date()) throws(LegisError) -> Invitation {
        try InvitationStore(gitDirectory: repository.gitDirectory).peek(token, at: date)
    }

    /// Enrols the invited person with the public key their browser made, in one commit authored
    /// by them: their member file gains the key (valid for `keyLifetime` from today) and, for a
    /// partner, the stakeholder's file gains it too, so that it may sign endorsements.
    ///
    /// The invitation is used up first, whatever happens next: a link works once.
    @discardableResult
    public func enrol(
        token: String, publicKey: String, keyLifetimeDays: Int = 365, date: Date = Date()
    ) throws(LegisError) -> Member {
        let key = try Self.parsePublicKey(publicKey)
        let signer = try registrySignerForServer()
        let invitation = try InvitationStore(gitDirectory: repository.gitDirectory).take(token, at: date)
        let line = "\(key.keyType) \(key.base64Blob) \(invitation.email)"
        let today = Stakeholder.day(Stakeholder.dayString(date)) ?? date
        let registered = Stakeholder.Key(
            openSSH: line, validFrom: today, validUntil: today.addingTimeInterval(TimeInterval(keyLifetimeDays - 1) * 86_400))
        if let owner = try member(withKey: key) {
            throw LegisError(.conflict, "That key is registered for \(owner.email) already.")
        }
        var member =
            try member(email: invitation.email)
            ?? Member(email: invitation.email, name: invitation.name, stakeholder: invitation.stakeholder, roles: [])
        member.name = invitation.name
        member.roles = Array(Set(member.roles + invitation.roles)).sorted()
        member.keys.append(registered)
        var changes: [FileChange] = [
            .write(path: Member.path(email: member.email), contents: Array(member.yaml.utf8), executable: false)
        ]
        var stakeholder = try self.stakeholder(invitation.stakeholder)
        if member.has(.partner) {
            stakeholder.keys.append(registered)
            changes.append(
                .write(path: try stakeholderPath(stakeholder.id), contents: Array(stakeholder.yaml.utf8), executable: false))
        }
        try commitRegistryChange(
            changes, message: "Enrol \(member.email) (\(member.roles.map(\.rawValue).joined(separator: ", "))) for \(stakeholder.id) with key \(key.fingerprint)",
            author: member.author, signer: signer, date: date)
        for case .write(let path, let contents, _) in changes { try writeWorkingFile(path, contents) }
        return member
    }

    /// Retires every key of a member (a lost or compromised browser key): the member can no
    /// longer sign in or endorse with it; endorsements signed before stay valid unless the key
    /// is also revoked in the stakeholder's file (`legis stakeholder revoke-key`).
    public func retireKeys(of email: String, author: Author?) throws(LegisError) {
        guard var member = try member(email: email) else {
            throw LegisError(.notFound, "There is no member \(email).")
        }
        let today = Stakeholder.day(Stakeholder.dayString(Date())) ?? Date()
        for index in member.keys.indices where member.keys[index].validUntil.map({ $0 >= today }) ?? true {
            member.keys[index].validUntil = today.addingTimeInterval(-86_400)
        }
        var changes: [FileChange] = [
            .write(path: Member.path(email: email), contents: Array(member.yaml.utf8), executable: false)
        ]
        var stakeholder = try self.stakeholder(member.stakeholder)
        let identities = Set(member.keys.map(\.identity))
        let before = stakeholder.keys
        for index in stakeholder.keys.indices where identities.contains(stakeholder.keys[index].identity) {
            stakeholder.keys[index].validUntil = today.addingTimeInterval(-86_400)
        }
        if stakeholder.keys != before {
            changes.append(
                .write(path: try stakeholderPath(stakeholder.id), contents: Array(stakeholder.yaml.utf8), executable: false))
        }
        try commitRegistryChange(
            changes, message: "Retire the keys of member \(email)", author: try self.author(author), signer: nil)
        for case .write(let path, let contents, _) in changes { try writeWorkingFile(path, contents) }
    }
}
