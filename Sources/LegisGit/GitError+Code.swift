extension GitError {
    /// A libgit2 return code (`git_error_code`), with its readable name.
    public struct Code: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
        /// The raw return code, negative for errors.
        public let rawValue: Int32

        /// Wraps a raw libgit2 return code.
        public init(rawValue: Int32) {
            self.rawValue = rawValue
        }

        /// `GIT_ERROR`: a generic error.
        public static let generic = Code(rawValue: -1)
        /// `GIT_ENOTFOUND`: the requested object, reference or path does not exist.
        public static let notFound = Code(rawValue: -3)
        /// `GIT_EEXISTS`: an object or reference already exists.
        public static let exists = Code(rawValue: -4)
        /// `GIT_EAMBIGUOUS`: a short id matches more than one object.
        public static let ambiguous = Code(rawValue: -5)
        /// `GIT_EBAREREPO`: the operation needs a working tree.
        public static let bareRepository = Code(rawValue: -8)
        /// `GIT_EUNBORNBRANCH`: HEAD names a branch with no commits yet.
        public static let unbornBranch = Code(rawValue: -9)
        /// `GIT_ENONFASTFORWARD`: a reference update was not a fast-forward.
        public static let nonFastForward = Code(rawValue: -11)
        /// `GIT_EINVALIDSPEC`: a name or refspec is not valid.
        public static let invalidSpec = Code(rawValue: -12)
        /// `GIT_ELOCKED`: a lock file is held by someone else.
        public static let locked = Code(rawValue: -14)
        /// `GIT_EMODIFIED`: a reference does not hold the expected value.
        public static let modified = Code(rawValue: -15)
        /// `GIT_EAUTH`: authentication failed.
        public static let authentication = Code(rawValue: -16)
        /// `GIT_ECERTIFICATE`: the server's certificate or SSH host key is not trusted.
        public static let certificate = Code(rawValue: -17)
        /// `GIT_EPEEL`: an object cannot be peeled to the requested type.
        public static let peel = Code(rawValue: -19)
        /// `GIT_EINVALID`: invalid operation or input.
        public static let invalid = Code(rawValue: -21)
        /// `GIT_EDIRECTORY`: the operation is not valid for a directory.
        public static let directory = Code(rawValue: -23)

        /// The libgit2 name of the code, such as `"GIT_EMODIFIED"`.
        public var name: String {
            Self.names[rawValue] ?? "GIT_ERROR(\(rawValue))"
        }

        /// The name of the code.
        public var description: String { name }

        private static let names: [Int32: String] = [
            0: "GIT_OK", -1: "GIT_ERROR", -3: "GIT_ENOTFOUND", -4: "GIT_EEXISTS",
            -5: "GIT_EAMBIGUOUS", -6: "GIT_EBUFS", -7: "GIT_EUSER", -8: "GIT_EBAREREPO",
            -9: "GIT_EUNBORNBRANCH", -10: "GIT_EUNMERGED", -11: "GIT_ENONFASTFORWARD",
            -12: "GIT_EINVALIDSPEC", -13: "GIT_ECONFLICT", -14: "GIT_ELOCKED",
            -15: "GIT_EMODIFIED", -16: "GIT_EAUTH", -17: "GIT_ECERTIFICATE", -18: "GIT_EAPPLIED",
            -19: "GIT_EPEEL", -20: "GIT_EEOF", -21: "GIT_EINVALID", -22: "GIT_EUNCOMMITTED",
            -23: "GIT_EDIRECTORY", -24: "GIT_EMERGECONFLICT", -30: "GIT_PASSTHROUGH",
            -31: "GIT_ITEROVER", -32: "GIT_RETRY", -33: "GIT_EMISMATCH", -34: "GIT_EINDEXDIRTY",
            -35: "GIT_EAPPLYFAIL", -36: "GIT_EOWNER",
        ]
    }
}
