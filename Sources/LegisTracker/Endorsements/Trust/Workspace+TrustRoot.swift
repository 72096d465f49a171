public import Foundation
public import LegisGit
public import LegisSignature

extension Workspace {
    /// The git configuration setting where a clone pins its trust root (a commit id).
    public static let trustRootSetting = "legis.trustroot"

    /// The trust root and the registry changes that the chain of trust refuses (see Docs/endorsing.md).
    public func registryTrust() throws(LegisError) -> RegistryTrust {
        try RegistryHistory(workspace: self, tip: try tip()).trust
    }

    /// Fixes the workspace's trust root: names `secretariatID` in `legis.yml` as the stakeholder
    /// whose keys sign every later registry change, registers it with `signer`'s key if it is not
    /// registered yet, commits both in one commit signed by that key, and pins that commit in
    /// this clone (git config `legis.trustroot`).
    ///
    /// For a new workspace (`legis init --secretariat-key`) and for a workspace made before
    /// registry changes were signed: the registry as it stands is taken as trusted from here on.
    @discardableResult
    public func establishTrustRoot(
        secretariat secretariatID: String, name: String, signer: any Signer, author: Author?, date: Date = Date()
    ) throws(LegisError) -> ObjectID {
        try Stakeholder.validate(id: secretariatID)
        let history = try RegistryHistory(workspace: self, tip: try tip())
        if let root = history.root {
            throw LegisError(
                .conflict,
                "This workspace has a trust root already (commit \(root.short)); registry changes are signed by its secretariat."
            )
        }
        let folder = history.tipState?.folder ?? config.stakeholders
        var changes: [FileChange] = []
        let identity = Self.identity(of: signer.publicKey)
        if let existing = history.tipRegistry[secretariatID] {
            guard existing.keys.contains(where: { $0.identity == identity && !$0.revoked }) else {
                throw LegisError(
                    .usage,
                    "The key \(signer.publicKey.fingerprint) is not registered for '\(secretariatID)': sign with one of its keys."
                )
            }
        } else {
            guard !name.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw LegisError(.usage, "The secretariat needs a name: pass --secretariat-name.")
            }
            let stakeholder = Stakeholder(
                id: secretariatID, name: name, category: .other, contact: nil,
                keys: [Stakeholder.Key(openSSH: signer.publicKey.authorizedKeyLine)])
            changes.append(
                .write(
                    path: "\(folder)/\(secretariatID).yml", contents: Array(stakeholder.yaml.utf8), executable: false))
        }
        var settings = config
        settings.stakeholders = folder
        settings.secretariat = [secretariatID]
        changes.append(.write(path: WorkspaceConfig.fileName, contents: Array(settings.yaml.utf8), executable: false))
        let commit = try commitSigned(
            changes, message: "Fix the trust root: registry changes are signed by \(secretariatID)",
            author: try self.author(author), signer: signer, date: date)
        for case .write(let path, let contents, _) in changes { try writeWorkingFile(path, contents) }
        try pinTrustRoot(commit)
        return commit
    }

    /// Pins `commit` as this clone's trust root.
    ///
    /// The commit must be the trust root of the branch's history. Do this in a fresh clone once the commit id was confirmed with the
    /// secretariat by another channel.
    public func pinTrustRoot(_ commit: ObjectID) throws(LegisError) {
        let history = try RegistryHistory(workspace: self, tip: try tip())
        if history.pinned != commit, history.root != commit {
            throw LegisError(
                .invalidInput,
                "\(commit.short) is not the trust root of this branch's history"
                    + (history.root.map { " (it is \($0.short))" } ?? " (it has none)") + ".")
        }
        try git { () throws(GitError) in try repository.setConfigValue(Self.trustRootSetting, commit.hex) }
    }

    /// Commits `changes` signed by `signer` (an SSH commit signature that `git verify-commit` checks).
    @discardableResult
    func commitSigned(
        _ changes: [FileChange], message: String, author: Author, signer: any Signer, date: Date = Date()
    ) throws(LegisError) -> ObjectID {
        let expected = try tip()
        let signature = author.signature(at: date)
        do {
            return try repository.signedCommit(
                changes: changes, onto: branch, expectedTip: expected, message: message, author: signature,
                committer: signature, sign: { try signer.sign($0) })
        } catch {
            if error.isConflict {
                throw LegisError(
                    .conflict,
                    "The branch \(branch) moved while saving (someone else saved first); nothing was committed: run the command again."
                )
            }
            throw LegisError(.repository, "Could not commit: \(error.message) (\(error.call)).")
        }
    }

    /// The signer for registry changes: the key file given, or git's `user.signingkey`.
    func registrySigner(_ given: (any Signer)?) throws(LegisError) -> (any Signer)? {
        if let given { return given }
        guard var path = (try? repository.configValue("user.signingkey")) ?? nil, !path.isEmpty else { return nil }
        if path.hasPrefix("~/") { path = NSHomeDirectory() + path.dropFirst(1) }
        return try Self.signer(forKeyFile: path)
    }

    /// Commits a change to the registry: signed by `signer` (or git's `user.signingkey`), which
    /// must be a key of the secretariat when the workspace has a trust root.
    func commitRegistryChange(
        _ changes: [FileChange], message: String, author: Author, signer given: (any Signer)?, date commitDate: Date = Date()
    ) throws(LegisError) {
        let history = try RegistryHistory(workspace: self, tip: try tip())
        let signer = try registrySigner(given)
        if let state = history.tipState, state.isAnchored {
            guard let signer else {
                throw LegisError(
                    .usage,
                    "Registry changes in this workspace are signed by the secretariat (\(state.secretariat.joined(separator: ", "))): pass --sign-with KEY, or set git config user.signingkey."
                )
            }
            let identity = Self.identity(of: signer.publicKey)
            let date = Date()
            let authorised = state.secretariat.contains { id in
                history.tipRegistry[id]?.keys.contains {
                    $0.identity == identity && !$0.revoked && !$0.isRetired(at: date) && $0.isValid(at: date)
                } ?? false
            }
            guard authorised else {
                throw LegisError(
                    .usage,
                    "The key \(signer.publicKey.fingerprint) is not a valid key of the secretariat (\(state.secretariat.joined(separator: ", "))), so it cannot change the registry."
                )
            }
        }
        if let signer {
            try commitSigned(changes, message: message, author: author, signer: signer, date: commitDate)
        } else {
            try commit(changes, message: message, author: author, date: commitDate)
        }
    }

    /// The signer for a registry change made on the server's behalf (an enrolment): git's
    /// `user.signingkey` of this workspace. Checked before anything is used up, so that a server
    /// that cannot sign refuses the enrolment and the invitation stays valid.
    func registrySignerForServer() throws(LegisError) -> (any Signer)? {
        let history = try RegistryHistory(workspace: self, tip: try tip())
        let signer = try registrySigner(nil)
        if history.tipState?.isAnchored == true, signer == nil {
            throw LegisError(
                .repository,
                "This workspace's registry changes are signed by the secretariat, and the server has no key to sign with: set git config user.signingkey in the workspace to a secretariat key, then use the invitation again."
            )
        }
        return signer
    }

    /// The folder of stakeholder files, as the chain of trust accepts `legis.yml`.
    func trustedStakeholderFolder() throws(LegisError) -> String {
        try RegistryHistory(workspace: self, tip: try tip()).tipState?.folder ?? config.stakeholders
    }
}
