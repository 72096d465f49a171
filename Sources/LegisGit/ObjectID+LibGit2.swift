import CLibGit2

extension ObjectID {
    /// Copies a libgit2 object id.
    init(_ oid: git_oid) {
        var copy = oid
        let bytes = withUnsafeBytes(of: &copy.id) { Array($0) }
        // A git_oid holds exactly 20 bytes, so this cannot fail; the zero id is a safe fallback.
        self = ObjectID(bytes: bytes) ?? ObjectID.zero
    }

    /// Copies the libgit2 object id a pointer points to.
    init(_ pointer: UnsafePointer<git_oid>) {
        self.init(pointer.pointee)
    }

    /// The id as a libgit2 object id.
    var oid: git_oid {
        var result = git_oid()
        let source = bytes
        withUnsafeMutableBytes(of: &result.id) { buffer in
            for index in 0..<min(buffer.count, source.count) { buffer[index] = source[index] }
        }
        return result
    }
}
