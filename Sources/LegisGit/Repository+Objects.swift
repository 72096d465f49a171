import CLibGit2

extension Repository {
    /// The contents of the blob `id`: read from its pack directly when it is packed (see
    /// ``PackedObjects``), through libgit2 otherwise.
    public func blob(_ id: ObjectID) throws(GitError) -> [UInt8] {
        if let bytes = packedObjects.blob(id) { return bytes }
        var oid = id.oid
        let blob = try makeHandle("git_blob_lookup") { git_blob_lookup(&$0, pointer, &oid) }
        defer { git_blob_free(blob) }
        return Self.bytes(git_blob_rawcontent(blob), count: Int(git_blob_rawsize(blob)))
    }

    /// The contents of the blob `id` of the repository at `gitDirectory`, for a thread that has
    /// no handle of its own: read from the packs in `objectsFolder` directly when the blob is
    /// packed, which needs no handle, through a handle opened for the purpose otherwise.
    public static func blob(
        _ id: ObjectID, objectsFolder: String, gitDirectory: String
    ) throws(GitError) -> [UInt8] {
        if let bytes = PackedObjects(objectsFolder: objectsFolder).blob(id) { return bytes }
        return try open(at: gitDirectory).blob(id)
    }

    /// Runs `body` with the contents of the blob `id`, read in place: no copy is made, and the
    /// bytes are valid only during the call (copy what must outlive it).
    public func withBlob<Result>(
        _ id: ObjectID, _ body: (UnsafeRawBufferPointer) -> Result
    ) throws(GitError) -> Result {
        var oid = id.oid
        let blob = try makeHandle("git_blob_lookup") { git_blob_lookup(&$0, pointer, &oid) }
        defer { git_blob_free(blob) }
        return body(UnsafeRawBufferPointer(start: git_blob_rawcontent(blob), count: Int(git_blob_rawsize(blob))))
    }

    /// Stores `bytes` as a blob and returns its id (storing the same bytes twice is harmless).
    @discardableResult
    public func writeBlob(_ bytes: [UInt8]) throws(GitError) -> ObjectID {
        var oid = git_oid()
        try check(
            bytes.withUnsafeBytes { git_blob_create_from_buffer(&oid, pointer, $0.baseAddress, $0.count) },
            "git_blob_create_from_buffer")
        return ObjectID(oid)
    }

    /// The id git would give `bytes` as a blob (`git hash-object`), without storing anything.
    public static func hashBlob(_ bytes: [UInt8]) -> ObjectID {
        LibGit2.ensureInitialized()
        var oid = git_oid()
        let result = bytes.withUnsafeBytes { git_odb_hash(&oid, $0.baseAddress, $0.count, GIT_OBJECT_BLOB) }
        // Hashing only fails for an invalid object type, and the type here is always a blob.
        precondition(result == 0, "git_odb_hash failed for a blob")
        return ObjectID(oid)
    }

    /// Stores raw object bytes (the object's contents, without git's `type size\0` header).
    ///
    /// Used for objects built elsewhere, such as signed tags; libgit2 does not check the contents.
    @discardableResult
    public func writeObject(_ bytes: [UInt8], type: ObjectType) throws(GitError) -> ObjectID {
        let odb = try makeHandle("git_repository_odb") { git_repository_odb(&$0, pointer) }
        defer { git_odb_free(odb) }
        var oid = git_oid()
        try check(
            bytes.withUnsafeBytes { git_odb_write(&oid, odb, $0.baseAddress, $0.count, type.libgit2Type) },
            "git_odb_write")
        return ObjectID(oid)
    }

    /// The type and raw bytes of the object `id`, exactly as `git cat-file <type> <id>` prints them.
    public func readObject(_ id: ObjectID) throws(GitError) -> (type: ObjectType, bytes: [UInt8]) {
        let odb = try makeHandle("git_repository_odb") { git_repository_odb(&$0, pointer) }
        defer { git_odb_free(odb) }
        var oid = id.oid
        let object = try makeHandle("git_odb_read") { git_odb_read(&$0, odb, &oid) }
        defer { git_odb_object_free(object) }
        guard let type = ObjectType(git_odb_object_type(object)) else {
            throw GitError(
                code: .invalid, message: "object \(id) has an unknown type", call: "git_odb_object_type")
        }
        return (type, Self.bytes(git_odb_object_data(object), count: Int(git_odb_object_size(object))))
    }

    /// Whether the object `id` is stored in the repository.
    public func objectExists(_ id: ObjectID) -> Bool {
        guard let odb = try? makeHandle("git_repository_odb", { git_repository_odb(&$0, pointer) }) else {
            return false
        }
        defer { git_odb_free(odb) }
        var oid = id.oid
        return git_odb_exists(odb, &oid) == 1
    }

    /// Copies `count` bytes starting at `start` into an array.
    static func bytes(_ start: UnsafeRawPointer?, count: Int) -> [UInt8] {
        guard let start, count > 0 else { return [] }
        return Array(UnsafeRawBufferPointer(start: start, count: count))
    }
}
