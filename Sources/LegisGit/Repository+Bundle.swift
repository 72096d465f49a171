import CLibGit2

extension Repository {
    /// The signature line that starts a version 2 git bundle.
    public static let bundleSignature = "# v2 git bundle\n"

    /// A git bundle (version 2) of `references`: the header listing them, then a pack of every
    /// object they reach, commits' whole history included, so that `git bundle verify` and
    /// `git fetch` accept it in an empty repository.
    ///
    /// The pack is written by libgit2's pack builder.
    public func bundle(_ references: [BundleReference]) throws(GitError) -> [UInt8] {
        let builder = try makeHandle("git_packbuilder_new") { git_packbuilder_new(&$0, pointer) }
        defer { git_packbuilder_free(builder) }
        git_packbuilder_set_threads(builder, 1)
        let walk = try makeHandle("git_revwalk_new") { git_revwalk_new(&$0, pointer) }
        defer { git_revwalk_free(walk) }
        var pushed = false
        for reference in references {
            var oid = reference.target.oid
            try check(git_packbuilder_insert_recur(builder, &oid, nil), "git_packbuilder_insert_recur")
            if let commit = try peeledCommit(reference.target) {
                var commitOID = commit.oid
                try check(git_revwalk_push(walk, &commitOID), "git_revwalk_push")
                pushed = true
            }
        }
        if pushed { try check(git_packbuilder_insert_walk(builder, walk), "git_packbuilder_insert_walk") }
        var buffer = git_buf()
        defer { git_buf_dispose(&buffer) }
        try check(git_packbuilder_write_buf(&buffer, builder), "git_packbuilder_write_buf")
        var out = Array(Self.bundleSignature.utf8)
        for reference in references { out += Array("\(reference.target.hex) \(reference.name)\n".utf8) }
        out.append(0x0A)
        out += Self.bytes(buffer.ptr, count: buffer.size)
        return out
    }

    /// Reads a version 2 git bundle into this repository and returns the references it lists.
    ///
    /// The objects of its pack are stored (libgit2 checks the pack and every object in it); the
    /// references are not created. A bundle that needs objects it does not hold (prerequisites)
    /// is refused.
    public func unbundle(_ bytes: [UInt8]) throws(GitError) -> [BundleReference] {
        let signature = Array(Self.bundleSignature.utf8)
        guard bytes.starts(with: signature) else {
            throw GitError(code: .invalid, message: "not a version 2 git bundle", call: "unbundle")
        }
        var references: [BundleReference] = []
        var index = signature.count
        while true {
            guard let end = bytes[index...].firstIndex(of: 0x0A) else {
                throw GitError(code: .invalid, message: "the bundle header is not terminated", call: "unbundle")
            }
            let line = String(decoding: bytes[index..<end], as: UTF8.self)
            index = end + 1
            if line.isEmpty { break }
            if line.hasPrefix("-") {
                throw GitError(
                    code: .invalid, message: "the bundle needs prerequisite commits it does not hold", call: "unbundle")
            }
            let parts = line.split(separator: " ", maxSplits: 1)
            guard parts.count == 2, let target = ObjectID(hex: String(parts[0])) else {
                throw GitError(code: .invalid, message: "bad bundle header line '\(line)'", call: "unbundle")
            }
            references.append(BundleReference(name: String(parts[1]), target: target))
        }
        try writePack(Array(bytes[index...]))
        return references
    }

    /// Stores the objects of a pack through the object database's pack writer.
    private func writePack(_ pack: [UInt8]) throws(GitError) {
        let odb = try makeHandle("git_repository_odb") { git_repository_odb(&$0, pointer) }
        defer { git_odb_free(odb) }
        var writer: UnsafeMutablePointer<git_odb_writepack>?
        try check(git_odb_write_pack(&writer, odb, nil, nil), "git_odb_write_pack")
        guard let writer else {
            throw GitError(code: .generic, message: "libgit2 returned no pack writer", call: "git_odb_write_pack")
        }
        defer { writer.pointee.free(writer) }
        var progress = git_indexer_progress()
        let appended = pack.withUnsafeBytes { writer.pointee.append(writer, $0.baseAddress, $0.count, &progress) }
        try check(appended, "git_odb_writepack.append")
        try check(writer.pointee.commit(writer, &progress), "git_odb_writepack.commit")
    }

    /// The commit an object peels to through annotated tags, or nil when it is not a commit.
    private func peeledCommit(_ id: ObjectID) throws(GitError) -> ObjectID? {
        var oid = id.oid
        let object = try makeHandle("git_object_lookup") { git_object_lookup(&$0, pointer, &oid, GIT_OBJECT_ANY) }
        defer { git_object_free(object) }
        var peeled: OpaquePointer?
        let code = git_object_peel(&peeled, object, GIT_OBJECT_COMMIT)
        defer { git_object_free(peeled) }
        if code == GIT_EPEEL.rawValue || code == GIT_EINVALIDSPEC.rawValue || code == GIT_ENOTFOUND.rawValue {
            return nil
        }
        try check(code, "git_object_peel")
        return peeled.map { ObjectID(git_object_id($0)) }
    }
}
