/// The state of one path in the index and the working tree, compared with HEAD (`git status`).
public struct FileStatus: OptionSet, Sendable, Hashable {
    /// The raw libgit2 status flags.
    public let rawValue: UInt32

    /// Wraps raw libgit2 status flags.
    public init(rawValue: UInt32) {
        self.rawValue = rawValue
    }

    /// Added to the index, not in HEAD.
    public static let indexNew = FileStatus(rawValue: 1 << 0)
    /// Changed in the index compared with HEAD.
    public static let indexModified = FileStatus(rawValue: 1 << 1)
    /// Removed from the index.
    public static let indexDeleted = FileStatus(rawValue: 1 << 2)
    /// Renamed in the index.
    public static let indexRenamed = FileStatus(rawValue: 1 << 3)
    /// File type changed in the index.
    public static let indexTypeChange = FileStatus(rawValue: 1 << 4)
    /// In the working tree but not in the index (untracked).
    public static let workTreeNew = FileStatus(rawValue: 1 << 7)
    /// Changed in the working tree compared with the index.
    public static let workTreeModified = FileStatus(rawValue: 1 << 8)
    /// Missing from the working tree.
    public static let workTreeDeleted = FileStatus(rawValue: 1 << 9)
    /// File type changed in the working tree.
    public static let workTreeTypeChange = FileStatus(rawValue: 1 << 10)
    /// Renamed in the working tree.
    public static let workTreeRenamed = FileStatus(rawValue: 1 << 11)
    /// Ignored by a `.gitignore` rule.
    public static let ignored = FileStatus(rawValue: 1 << 14)
    /// Has merge conflicts.
    public static let conflicted = FileStatus(rawValue: 1 << 15)

    /// Whether the path is unchanged everywhere (an empty set).
    public var isCurrent: Bool { isEmpty }
}
