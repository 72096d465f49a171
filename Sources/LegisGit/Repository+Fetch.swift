import CLibGit2
import Foundation

extension Repository {
    /// Fetches `refspecs` (globs allowed) from a remote name or URL, and returns what happened to
    /// each local reference the fetch created, moved or refused to move.
    ///
    /// A refspec with `+` overwrites local references. A refspec without `+` only creates missing
    /// references and fast-forwards existing commit references; any other change (a different tag
    /// object, a diverging commit) is left out and reported with a `rejection`. libgit2 1.5 itself
    /// overwrites in both cases, so such refspecs are fetched into a private staging namespace
    /// (`refs/legis-fetch/`) and applied here with compare-and-swap. Tags are only fetched when a
    /// refspec asks for them.
    @discardableResult
    public func fetch(
        remote: String, refspecs: [String], access: RemoteAccess? = nil
    ) throws(GitError) -> [FetchUpdate] {
        let staging = "refs/legis-fetch/" + UUID().uuidString.lowercased() + "/"
        var rewritten: [String] = []
        var guarded: [(stagingPrefix: String, destination: String)] = []
        for (index, text) in refspecs.enumerated() {
            let refspec = FetchRefspec(text)
            guard !refspec.force, let destination = refspec.destination else {
                rewritten.append(text)
                continue
            }
            let stagingPrefix = staging + "\(index)/"
            rewritten.append("+\(refspec.source):\(stagingPrefix)\(destination)")
            guarded.append((stagingPrefix, destination))
        }
        do {
            var updates = try fetchDirectly(remote: remote, refspecs: rewritten, access: access).filter {
                !$0.reference.hasPrefix(staging)
            }
            for (stagingPrefix, _) in guarded {
                for staged in try references(withPrefix: stagingPrefix, peel: false) {
                    let name = String(staged.name.dropFirst(stagingPrefix.count))
                    if let update = try applyFetched(name: name, target: staged.target) { updates.append(update) }
                }
            }
            try removeReferences(withPrefix: staging)
            return updates
        } catch {
            try? removeReferences(withPrefix: staging)
            throw error
        }
    }

    /// Runs `git_remote_fetch` with `refspecs` and returns the references libgit2 reported updating.
    private func fetchDirectly(
        remote: String, refspecs: [String], access: RemoteAccess?
    ) throws(GitError) -> [FetchUpdate] {
        try withRemote(remote) { (handle) throws(GitError) -> [FetchUpdate] in
            let box = RemoteCallbacks(access: access)
            try box.withCallbacks { (callbacks) throws(GitError) in
                var options = git_fetch_options()
                try check(
                    git_fetch_options_init(&options, UInt32(GIT_FETCH_OPTIONS_VERSION)), "git_fetch_options_init")
                options.callbacks = callbacks
                options.download_tags = GIT_REMOTE_DOWNLOAD_TAGS_NONE
                try withStringArray(refspecs) { (array) throws(GitError) in
                    try check(git_remote_fetch(handle, &array, &options, "fetch"), "git_remote_fetch")
                }
            }
            return box.fetchUpdates
        }
    }

    /// Points the local reference `name` at a fetched `target` if that creates or fast-forwards it.
    ///
    /// Reports a rejection otherwise; `nil` when it already points there.
    private func applyFetched(name: String, target: ObjectID) throws(GitError) -> FetchUpdate? {
        do {
            guard let current = try reference(named: name)?.target else {
                try createReference(name: name, target: target, message: "fetch: storing new reference")
                return FetchUpdate(reference: name, old: nil, new: target)
            }
            if current == target { return nil }
            guard try isFastForward(from: current, to: target) else {
                return FetchUpdate(
                    reference: name, old: current, new: target,
                    rejection: "not a fast-forward: kept the local value; fetch with a '+' refspec to overwrite it")
            }
            try updateReference(name: name, to: target, expected: current, message: "fetch: fast-forward")
            return FetchUpdate(reference: name, old: current, new: target)
        } catch  where error.isConflict {
            return FetchUpdate(
                reference: name, old: try reference(named: name)?.target, new: target,
                rejection: "changed locally during the fetch: kept the local value; fetch again")
        }
    }

    /// Whether `new` is a commit that has the commit `old` among its ancestors.
    func isFastForward(from old: ObjectID, to new: ObjectID) throws(GitError) -> Bool {
        guard try objectType(old) == .commit, try objectType(new) == .commit else { return false }
        var newOID = new.oid
        var oldOID = old.oid
        return try check(git_graph_descendant_of(pointer, &newOID, &oldOID), "git_graph_descendant_of") == 1
    }

    private func removeReferences(withPrefix prefix: String) throws(GitError) {
        for reference in try references(withPrefix: prefix, peel: false) {
            try deleteReference(name: reference.name)
        }
    }
}
