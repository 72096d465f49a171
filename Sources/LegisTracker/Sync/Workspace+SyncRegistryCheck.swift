import LegisGit

extension Workspace {
    /// Whether the remote's branch tip `theirs` may be taken.
    ///
    /// Its history must add no registry change that the chain of trust refuses (see
    /// ``registryTrust()``). When it adds one, the
    /// branch is left where it is, the remote's commits stay fetched under `refs/remotes/` for
    /// inspection (quarantined), and `report` says why.
    func acceptsRegistry(of theirs: ObjectID, from remote: String, into report: inout SyncReport) throws(LegisError)
        -> Bool
    {
        let known = Set(try RegistryHistory(workspace: self, tip: try tip()).trust.problems)
        let incoming = try RegistryHistory(workspace: self, tip: theirs).trust.problems.filter { !known.contains($0) }
        guard !incoming.isEmpty else { return true }
        report.branch =
            "refused: the remote's revisions change the stakeholder registry without the secretariat's signature; nothing was taken (they stay fetched under refs/remotes/ for inspection)"
        for problem in incoming {
            let commit = problem.commit.isEmpty ? "" : "commit \(problem.commit.prefix(10)): "
            report.rejected.append("\(remote) \(commit)\(problem.reason)")
        }
        return false
    }
}
