import CLibGit2

extension Repository {
    /// The reference `name` (such as `refs/heads/main` or `HEAD`), or `nil` when it does not exist.
    public func reference(named name: String) throws(GitError) -> Reference? {
        guard
            let handle = try makeHandleIfFound("git_reference_lookup", { git_reference_lookup(&$0, pointer, name) })
        else { return nil }
        defer { git_reference_free(handle) }
        return try Self.referenceValue(handle, peel: true)
    }

    /// Every reference whose full name starts with `prefix` (such as `refs/endorsements/`), by name.
    ///
    /// Iterates with a glob, so only the matching part of the ref store is read. With `peel`, the
    /// commit behind each reference is found too (one object read per annotated tag); pass
    /// `false` when only names and direct targets are needed.
    public func references(withPrefix prefix: String, peel: Bool = true) throws(GitError) -> [Reference] {
        let iterator = try makeHandle("git_reference_iterator_glob_new") {
            git_reference_iterator_glob_new(&$0, pointer, prefix + "*")
        }
        defer { git_reference_iterator_free(iterator) }
        var result: [Reference] = []
        while true {
            var handle: OpaquePointer?
            let code = git_reference_next(&handle, iterator)
            if code == GIT_ITEROVER.rawValue { break }
            try check(code, "git_reference_next")
            guard let handle else { continue }
            defer { git_reference_free(handle) }
            if let value = try Self.referenceValue(handle, peel: peel), value.name.hasPrefix(prefix) {
                result.append(value)
            }
        }
        return result.sorted { $0.name < $1.name }
    }

    /// Creates the direct reference `name` pointing at `target`.
    ///
    /// Without `force`, fails with `GIT_EEXISTS` (`isConflict`) when the name is taken.
    public func createReference(
        name: String, target: ObjectID, force: Bool = false, message: String
    ) throws(GitError) {
        var oid = target.oid
        let handle = try makeHandle("git_reference_create") {
            git_reference_create(&$0, pointer, name, &oid, force ? 1 : 0, message)
        }
        git_reference_free(handle)
    }

    /// Points `name` at `target` if it currently points at `expected` (compare-and-swap).
    ///
    /// With `expected` nil the reference must not exist yet. Fails with `isConflict` otherwise.
    public func updateReference(
        name: String, to target: ObjectID, expected: ObjectID?, message: String = "update"
    ) throws(GitError) {
        guard var expectedOID = expected?.oid else {
            try createReference(name: name, target: target, force: false, message: message)
            return
        }
        var oid = target.oid
        let handle = try makeHandle("git_reference_create_matching") {
            git_reference_create_matching(&$0, pointer, name, &oid, 1, &expectedOID, message)
        }
        git_reference_free(handle)
    }

    /// Deletes the reference `name`.
    ///
    /// With `expected`, only if it still points there (`GIT_EMODIFIED` otherwise).
    /// Throws `isNotFound` when there is no such reference.
    public func deleteReference(name: String, expected: ObjectID? = nil) throws(GitError) {
        let handle = try makeHandle("git_reference_lookup") { git_reference_lookup(&$0, pointer, name) }
        defer { git_reference_free(handle) }
        if let expected, let target = git_reference_target(handle), ObjectID(target) != expected {
            throw GitError(
                code: .modified, errorClass: .reference,
                message:
                    "reference \(name) points at \(ObjectID(target).short), not \(expected.short); reload and retry",
                call: "git_reference_delete")
        }
        // libgit2 also refuses when the reference changed since the lookup above.
        try check(git_reference_delete(handle), "git_reference_delete")
    }

    /// Copies a libgit2 reference, resolving a symbolic one to its direct target; `nil` for a
    /// symbolic reference to a branch that does not exist (such as HEAD before the first commit).
    static func referenceValue(_ handle: OpaquePointer, peel: Bool) throws(GitError) -> Reference? {
        let name = git_reference_name(handle).map { String(cString: $0) } ?? ""
        guard let resolved = try makeHandleIfFound("git_reference_resolve", { git_reference_resolve(&$0, handle) })
        else { return nil }
        defer { git_reference_free(resolved) }
        guard let target = git_reference_target(resolved) else {
            throw GitError(
                code: .invalid, errorClass: .reference, message: "reference \(name) has no target",
                call: "git_reference_target")
        }
        var peeled: ObjectID?
        if peel {
            var object: OpaquePointer?
            let code = git_reference_peel(&object, resolved, GIT_OBJECT_COMMIT)
            defer { git_object_free(object) }
            // A reference to a tree or a blob (or a tag of one) has no commit behind it.
            let notACommit = [GIT_EPEEL, GIT_EINVALIDSPEC, GIT_ENOTFOUND].map(\.rawValue)
            if !notACommit.contains(code) {
                try check(code, "git_reference_peel")
                peeled = object.map { ObjectID(git_object_id($0)) }
            }
        }
        return Reference(name: name, target: ObjectID(target), peeledCommit: peeled)
    }
}

extension Repository {
    /// Points HEAD at `branch` (`refs/heads/...`), which need not exist yet; the working tree is
    /// left as it is.
    public func setHead(branch: String) throws(GitError) {
        try check(git_repository_set_head(pointer, branch), "git_repository_set_head")
    }
}
