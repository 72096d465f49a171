import Foundation
import LegisGit
import LegisSignature

/// The stakeholder registry through the history of the branch, as the chain of trust accepts it.
///
/// Every commit is judged against its parents: a commit that leaves the registry (the stakeholder
/// folder, the members folder and `legis.yml`'s `stakeholders` and `secretariat` settings) as one of its parents had it
/// is accepted as it is; a commit that changes it must carry an SSH commit signature by a key of a
/// secretariat member, as the registry stood in that parent. A refused change is quarantined:
/// the trusted registry stays what it was, and the change is listed in ``problems``.
///
/// The trust root is the first commit that names a secretariat; it must be signed by one of that
/// secretariat's own keys, and when the clone pinned one (`legis.trustroot`), it must be that one.
/// A history without one has no trust root: the registry is whatever the branch tip holds.
struct RegistryHistory {
    /// The trust root commit, if any.
    private(set) var root: ObjectID?
    /// The pinned trust root, if any.
    private(set) var pinned: ObjectID?
    /// Refused registry changes.
    private(set) var problems: [RegistryProblem] = []
    /// Set when the whole registry cannot be trusted (the pinned root is not in the history).
    private(set) var untrusted: String?
    /// The trusted registry at the tip.
    private(set) var tipRegistry = StakeholderRegistry()
    /// The trusted registry state at the tip.
    private(set) var tipState: RegistryState?
    /// The registries along the first-parent line, oldest first, each with the date it took effect.
    private var timeline: [(since: Date, registry: StakeholderRegistry)] = []

    private let workspace: Workspace
    private var configs: [ObjectID?: (WorkspaceConfig, String?)] = [:]
    private var registries: [RegistryState: StakeholderRegistry] = [:]

    /// Reads and judges the history ending at `tip`.
    init(workspace: Workspace, tip: ObjectID?) throws(LegisError) {
        self.workspace = workspace
        if let text = (try? workspace.repository.configValue(Workspace.trustRootSetting)) ?? nil {
            pinned = ObjectID(hex: text.trimmingCharacters(in: .whitespaces))
        }
        guard let tip else { return }
        let commits = try workspace.git { () throws(GitError) in try workspace.repository.log(from: tip) }
        var trusted: [ObjectID: RegistryState] = [:]
        var raw: [ObjectID: RegistryState] = [:]
        for commit in commits.reversed() {
            let state = try self.state(at: commit.id)
            raw[commit.id] = state
            // A commit that leaves the registry as one of its parents had it changes nothing:
            // it keeps that parent's trusted registry (a refused change stays refused, once).
            if let same = commit.parents.first(where: { raw[$0] == state }), let kept = trusted[same] {
                trusted[commit.id] = kept
                continue
            }
            trusted[commit.id] = try judge(commit, raw: state, parents: commit.parents.compactMap { trusted[$0] })
        }
        if let pinned, root != pinned {
            untrusted =
                "the trust root pinned in this clone (\(pinned.short)) is not the one in the branch's history"
                + (root.map { " (\($0.short))" } ?? "") + ": the history was replaced"
        }
        guard let state = trusted[tip] else { return }
        tipState = state
        tipRegistry = try registry(state, at: tip)
        guard root != nil else {
            timeline = [(.distantPast, tipRegistry)]
            return
        }
        // The first-parent line, oldest first, with the trusted registry each commit put in force.
        var line: [Commit] = []
        let byID = Dictionary(commits.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var next: ObjectID? = tip
        while let id = next, let commit = byID[id] {
            line.append(commit)
            next = commit.parents.first
        }
        var last: RegistryState?
        for commit in line.reversed() {
            guard let state = trusted[commit.id], state.isAnchored, state != last else { continue }
            // The trust root's registry also judges what was signed before it (a workspace that
            // got its trust root late keeps its earlier endorsements).
            let since = timeline.isEmpty ? Date.distantPast : commit.committer.date
            timeline.append((since, try registry(state, at: commit.id)))
            last = state
        }
    }

    /// Whether the history has a trust root.
    var isAnchored: Bool { root != nil }

    /// The trusted registry in force at `date` (with the clock skew allowed), or nil when `date`
    /// is before the trust root.
    func registry(at date: Date, skew: TimeInterval) -> StakeholderRegistry? {
        timeline.last(where: { $0.since <= date.addingTimeInterval(skew) })?.registry
    }

    /// The public summary.
    var trust: RegistryTrust {
        var all = problems
        if let untrusted { all.insert(RegistryProblem(commit: "", reason: untrusted), at: 0) }
        return RegistryTrust(
            root: root?.hex, pinned: pinned?.hex, secretariat: tipState?.secretariat ?? [], problems: all)
    }

    /// The stakeholder id of the secretariat member whose key signed `commit`, when the registry
    /// in `state` authorises that key at the commit's date; nil otherwise (with the reason).
    func authorisedSigner(of commit: Commit, by state: RegistryState, registry: StakeholderRegistry) -> Result<
        String, RegistryProblem
    > {
        func problem(_ reason: String) -> Result<String, RegistryProblem> {
            .failure(RegistryProblem(commit: commit.id.hex, reason: reason))
        }
        guard let object = try? workspace.repository.readObject(commit.id) else {
            return problem("the commit object cannot be read")
        }
        let signed: SignedCommitObject
        do { signed = try SignedCommitObject.parse(bytes: object.bytes) } catch {
            return problem("its signature cannot be read: \(error)")
        }
        guard let signature = signed.signature else {
            if let kind = signed.otherSignatureKind {
                return problem("it is signed with a \(kind) signature, not an SSH one")
            }
            return problem("it changes the stakeholder registry but is not signed")
        }
        guard signed.validSignature != nil else {
            return problem("its signature does not verify: the commit was altered after signing")
        }
        let identity = Workspace.identity(of: signature.publicKey)
        let date = commit.committer.date
        for id in state.secretariat {
            guard let member = registry[id], let key = member.keys.first(where: { $0.identity == identity }) else {
                continue
            }
            if key.revoked || key.isRetired(at: date) || !key.isValid(at: date) { continue }
            return .success(id)
        }
        return problem(
            "it changes the stakeholder registry, signed by \(signature.publicKey.fingerprint), which is not a valid key of the secretariat (\(state.secretariat.joined(separator: ", "))) as the registry stood before"
        )
    }

    /// The trusted registry state at `commit`, given its parents' trusted states.
    private mutating func judge(_ commit: Commit, raw: RegistryState, parents: [RegistryState]) throws(LegisError)
        -> RegistryState
    {
        if let problem = raw.configProblem, parents.contains(where: \.isAnchored) {
            problems.append(RegistryProblem(commit: commit.id.hex, reason: "legis.yml cannot be read: \(problem)"))
            return parents[0]
        }
        if parents.contains(raw) { return raw }
        let anchored = parents.filter(\.isAnchored)
        guard anchored.isEmpty else {
            var reasons: [RegistryProblem] = []
            for parent in anchored {
                switch authorisedSigner(of: commit, by: parent, registry: try registry(parent, at: nil)) {
                case .success: return raw
                case .failure(let problem): reasons.append(problem)
                }
            }
            problems.append(reasons[0])
            return anchored[0]
        }
        // No trust root yet: a change is taken as it is, unless it names a secretariat.
        guard raw.isAnchored else { return raw }
        let legacy = parents.first ?? RegistryState(folder: raw.folder, secretariat: [], tree: nil)
        if root != nil {
            problems.append(
                RegistryProblem(
                    commit: commit.id.hex, reason: "it sets up a second trust root beside \(root?.short ?? "")"))
            return legacy
        }
        if let pinned, pinned != commit.id {
            problems.append(
                RegistryProblem(
                    commit: commit.id.hex,
                    reason: "it sets up a trust root, but this clone pinned \(pinned.short)"))
            return legacy
        }
        switch authorisedSigner(of: commit, by: raw, registry: try registry(raw, at: commit.id)) {
        case .success:
            root = commit.id
            return raw
        case .failure(let problem):
            problems.append(
                RegistryProblem(
                    commit: problem.commit,
                    reason:
                        "it sets up a trust root that is not signed by a key of its own secretariat (\(problem.reason))"
                ))
            return legacy
        }
    }

    /// The registry state as the commit's tree has it.
    private mutating func state(at commit: ObjectID) throws(LegisError) -> RegistryState {
        let blob = try workspace.git { () throws(GitError) in
            try workspace.repository.blobID(at: commit, path: WorkspaceConfig.fileName)
        }
        let (config, problem): (WorkspaceConfig, String?)
        if let cached = configs[blob] {
            (config, problem) = cached
        } else {
            var parsed = (WorkspaceConfig.fallback, String?.none)
            if let blob {
                let bytes = try workspace.git { () throws(GitError) in try workspace.repository.blob(blob) }
                do { parsed.0 = try WorkspaceConfig.parse(String(decoding: bytes, as: UTF8.self)) } catch {
                    parsed.1 = error.message
                }
            }
            configs[blob] = parsed
            (config, problem) = parsed
        }
        let tree = try workspace.git { () throws(GitError) in
            try workspace.repository.entryID(at: commit, path: config.stakeholders)
        }
        let members = try workspace.git { () throws(GitError) in
            try workspace.repository.entryID(at: commit, path: Member.folder)
        }
        return RegistryState(
            folder: config.stakeholders, secretariat: config.secretariat, tree: tree, members: members,
            configProblem: problem)
    }

    /// The registry a state holds (read once per state); `commit` is any commit with that state.
    private mutating func registry(_ state: RegistryState, at commit: ObjectID?) throws(LegisError)
        -> StakeholderRegistry
    {
        if let cached = registries[state] { return cached }
        let read = try workspace.readRegistry(folder: state.folder, tree: state.tree)
        registries[state] = read
        return read
    }
}
