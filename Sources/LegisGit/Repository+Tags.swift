import CLibGit2

extension Repository {
    /// Creates the annotated tag `refs/tags/<name>` on `target` and returns the tag object's id.
    ///
    /// Without `force`, fails with `GIT_EEXISTS` (`isConflict`) when the tag exists. A message
    /// without a final line feed gets one, as `git tag -m` does.
    @discardableResult
    public func createTag(
        name: String, target: ObjectID, tagger: Signature, message: String, force: Bool = false
    ) throws(GitError) -> ObjectID {
        var targetOID = target.oid
        let object = try makeHandle("git_object_lookup") {
            git_object_lookup(&$0, pointer, &targetOID, GIT_OBJECT_ANY)
        }
        defer { git_object_free(object) }
        let text = message.hasSuffix("\n") ? message : message + "\n"
        return try tagger.withLibGit2Signature { (signature) throws(GitError) -> ObjectID in
            var oid = git_oid()
            try check(
                git_tag_create(&oid, pointer, name, object, signature, text, force ? 1 : 0), "git_tag_create")
            return ObjectID(oid)
        }
    }

    /// The annotated tag object `id`, copied out.
    public func tag(_ id: ObjectID) throws(GitError) -> Tag {
        var oid = id.oid
        let tag = try makeHandle("git_tag_lookup") { git_tag_lookup(&$0, pointer, &oid) }
        defer { git_tag_free(tag) }
        guard let target = git_tag_target_id(tag), let targetType = ObjectType(git_tag_target_type(tag)) else {
            throw GitError(code: .invalid, message: "tag \(id) has no valid target", call: "git_tag_target_id")
        }
        return Tag(
            id: ObjectID(git_tag_id(tag)),
            name: git_tag_name(tag).map { String(cString: $0) } ?? "",
            target: ObjectID(target),
            targetType: targetType,
            tagger: git_tag_tagger(tag).map { Signature($0) },
            message: git_tag_message(tag).map { String(cString: $0) } ?? ""
        )
    }

    /// The annotated tags under `refs/tags/`, sorted by reference name (lightweight tags are left out).
    public func tags() throws(GitError) -> [Tag] {
        var result: [Tag] = []
        for reference in try references(withPrefix: "refs/tags/", peel: false)
        where try objectType(reference.target) == .tag {
            result.append(try tag(reference.target))
        }
        return result
    }

    /// The size in bytes of the object `id`, read from its header only (for a packed object,
    /// from the header of its delta, without applying it).
    public func objectSize(_ id: ObjectID) throws(GitError) -> Int {
        try header(of: id).size
    }

    /// The type of the object `id`, read from its header only.
    public func objectType(_ id: ObjectID) throws(GitError) -> ObjectType {
        guard let objectType = ObjectType(try header(of: id).type) else {
            throw GitError(code: .invalid, message: "object \(id) has an unknown type", call: "git_odb_read_header")
        }
        return objectType
    }

    /// The size and type of the object `id`, from its header.
    private func header(of id: ObjectID) throws(GitError) -> (size: Int, type: git_object_t) {
        let odb = try makeHandle("git_repository_odb") { git_repository_odb(&$0, pointer) }
        defer { git_odb_free(odb) }
        var oid = id.oid
        var size = 0
        var type = GIT_OBJECT_INVALID
        try check(git_odb_read_header(&size, &type, odb, &oid), "git_odb_read_header")
        return (size, type)
    }
}
