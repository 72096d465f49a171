import Foundation
import LegisGit

extension Workspace {
    /// Exchanges documents, drafts and endorsements with a remote (a name, or a URL: file://, ssh, https).
    ///
    /// The branch is fast-forwarded or pushed when one side is ahead; when both moved, it is left
    /// for a merge with git and nothing is pushed (``SyncReport/diverged``). A copy with no
    /// revisions yet takes the remote's branch even when its own HEAD names another one (a clone of
    /// a remote whose HEAD names a missing branch). Drafts and endorsements present on one side
    /// only are copied to the other. An endorsement ref that exists on both sides with different
    /// objects is reported as tampering and neither taken nor overwritten; endorsement refs are
    /// never deleted. Amendments travel too (see ``syncAmendments(remote:remoteRefs:report:)``).
    public func sync(remote: String = "origin") throws(LegisError) -> SyncReport {
        let known = (try? repository.remoteURL(name: remote)) ?? nil
        guard known != nil || remote.contains("/") || remote.contains(":") else {
            throw LegisError(
                .notFound, "There is no remote '\(remote)': give a URL, or add it with 'git remote add \(remote) URL'.")
        }
        let access = SyncAccess(workspace: self, url: known ?? remote)
        try access.useCertificateAuthorities()
        let remoteRefs: [String: ObjectID]
        do {
            remoteRefs = try repository.listRemoteReferences(remote: remote, access: access.remoteAccess())
        } catch {
            throw access.describe(error, remote: remote, doing: "Reading the references of")
        }
        let trackingName = known != nil ? remote : "legis-sync"
        var branch = self.branch
        if try tip() == nil, remoteRefs[branch] == nil, let theirs = Self.defaultBranch(of: remoteRefs) {
            // A copy without revisions (a clone of a remote whose HEAD names no branch) takes the
            // remote's branch instead of reporting that there is nothing to exchange.
            try git { () throws(GitError) in try repository.setHead(branch: theirs) }
            branch = theirs
        }
        var report = SyncReport(remote: remote, branch: "up to date", fetched: [], pushed: [], tampered: [], rejected: [])

        var fetchSpecs = ["+\(branch):refs/remotes/\(trackingName)/\(branch.split(separator: "/").last ?? "main")"]
        var pushSpecs: [String] = []
        for (name, target) in remoteRefs.sorted(by: { $0.key < $1.key }) {
            guard name.hasPrefix(EndorsementRef.prefix) || name.hasPrefix("refs/tags/"), !name.hasSuffix("^{}") else {
                continue
            }
            let local = try git { () throws(GitError) in try repository.reference(named: name) }
            if let local {
                if local.target != target {
                    if name.hasPrefix(EndorsementRef.prefix) { report.tampered.append(name) } else { report.rejected.append("\(name): differs on the remote, kept ours") }
                }
            } else {
                fetchSpecs.append("\(name):\(name)")
                report.fetched.append(name)
            }
        }
        let remoteBranch = remoteRefs[branch]
        if remoteBranch != nil || fetchSpecs.count > 1 {
            do {
                _ = try repository.fetch(remote: remote, refspecs: fetchSpecs, access: access.remoteAccess())
            } catch {
                throw access.describe(error, remote: remote, doing: "Fetching from")
            }
        }

        let localTip = try git { () throws(GitError) in try repository.reference(named: branch)?.target }
        switch (localTip, remoteBranch) {
        case (nil, nil):
            report.branch = "nothing to exchange: neither this copy nor the remote has revisions on \(Self.shortName(branch))"
        case (nil, let theirs?):
            guard try acceptsRegistry(of: theirs, from: remote, into: &report) else { break }
            try fastForward(branch, to: theirs, from: nil)
            report.branch = "fast-forwarded"
        case (let ours?, nil):
            pushSpecs.append("\(branch):\(branch)")
            _ = ours
            report.branch = "pushed"
        case (let ours?, let theirs?) where ours == theirs:
            break
        case (let ours?, let theirs?):
            if try git({ () throws(GitError) in try repository.isDescendant(theirs, of: ours) }) {
                guard try acceptsRegistry(of: theirs, from: remote, into: &report) else { break }
                try fastForward(branch, to: theirs, from: ours)
                report.branch = "fast-forwarded"
            } else if try git({ () throws(GitError) in try repository.isDescendant(ours, of: theirs) }) {
                pushSpecs.append("\(branch):\(branch)")
                report.branch = "pushed"
            } else {
                report.branch = "diverged: both sides have new revisions; merge with 'git pull', then sync again"
                report.diverged = true
                report.notes.append(
                    "Nothing was pushed: drafts and endorsements of revisions the remote does not have wait until the branches are merged.")
            }
        }
        if report.diverged { return report }

        for prefix in ["refs/tags/", EndorsementRef.prefix] {
            let locals = try git { () throws(GitError) in try repository.references(withPrefix: prefix) }
            for ref in locals where remoteRefs[ref.name] == nil {
                pushSpecs.append("\(ref.name):\(ref.name)")
            }
        }
        if !pushSpecs.isEmpty {
            let results: [PushResult]
            do {
                results = try repository.push(remote: remote, refspecs: pushSpecs, access: access.remoteAccess())
            } catch {
                throw access.describe(error, remote: remote, doing: "Pushing to")
            }
            for result in results {
                if let message = result.message {
                    report.rejected.append("\(result.reference): \(message)")
                    if result.reference == branch { report.branch = "rejected by the remote: \(message)" }
                } else if result.reference != branch {
                    report.pushed.append(result.reference)
                }
            }
        }
        try syncAmendments(remote: remote, remoteRefs: remoteRefs, report: &report)
        report.pushed.sort()
        return report
    }

    /// The branch a copy without revisions takes from a remote: `main`, else `master`, else its
    /// only branch.
    static func defaultBranch(of remoteRefs: [String: ObjectID]) -> String? {
        let branches = remoteRefs.keys.filter { $0.hasPrefix("refs/heads/") }
        for name in ["refs/heads/main", "refs/heads/master"] where branches.contains(name) { return name }
        return branches.count == 1 ? branches.first : nil
    }

    static func shortName(_ branch: String) -> String {
        branch.hasPrefix("refs/heads/") ? String(branch.dropFirst("refs/heads/".count)) : branch
    }

    private func fastForward(_ branch: String, to commit: ObjectID, from old: ObjectID?) throws(LegisError) {
        do {
            try repository.fastForward(branch: branch, to: commit, expected: old)
        } catch {
            if error.isConflict {
                throw LegisError(
                    .conflict,
                    "The remote has new revisions, but local edits would be overwritten: save them first ('legis save'), then sync again.")
            }
            throw LegisError(.repository, "Could not take the remote's revisions: \(error.message).")
        }
    }
}
