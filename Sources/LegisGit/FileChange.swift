/// One change to the files of a commit, made without a working tree.
public enum FileChange: Sendable, Hashable {
    /// Writes `contents` at `path` (slash-separated, relative to the root), creating folders as needed.
    case write(path: String, contents: [UInt8], executable: Bool = false)
    /// Deletes the file at `path`; folders left empty disappear. Deleting a missing path does nothing.
    case delete(path: String)

    /// The path the change applies to.
    public var path: String {
        switch self {
        case .write(let path, _, _), .delete(let path): path
        }
    }
}
