extension GitError {
    /// The libgit2 error class (`git_error_t`): which part of libgit2 reported the error.
    public struct ErrorClass: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
        /// The raw error class.
        public let rawValue: Int32

        /// Wraps a raw libgit2 error class.
        public init(rawValue: Int32) {
            self.rawValue = rawValue
        }

        /// `GIT_ERROR_NONE`: no class (also used for errors raised by this module).
        public static let none = ErrorClass(rawValue: 0)
        /// `GIT_ERROR_INVALID`: invalid input.
        public static let invalid = ErrorClass(rawValue: 3)
        /// `GIT_ERROR_REFERENCE`: a reference error.
        public static let reference = ErrorClass(rawValue: 4)

        /// The libgit2 name of the class, such as `"GIT_ERROR_REFERENCE"`.
        public var name: String {
            let index = Int(rawValue)
            guard Self.names.indices.contains(index) else { return "GIT_ERROR_CLASS(\(rawValue))" }
            return "GIT_ERROR_" + Self.names[index]
        }

        /// The name of the class.
        public var description: String { name }

        private static let names = [
            "NONE", "NOMEMORY", "OS", "INVALID", "REFERENCE", "ZLIB", "REPOSITORY", "CONFIG",
            "REGEX", "ODB", "INDEX", "OBJECT", "NET", "TAG", "TREE", "INDEXER", "SSL", "SUBMODULE",
            "THREAD", "STASH", "CHECKOUT", "FETCHHEAD", "MERGE", "SSH", "FILTER", "REVERT",
            "CALLBACK", "CHERRYPICK", "DESCRIBE", "REBASE", "FILESYSTEM", "PATCH", "WORKTREE",
            "SHA", "HTTP", "INTERNAL",
        ]
    }
}
