/// Which date `import` gives each imported revision.
public enum ImportDates: String, Sendable, CaseIterable {
    /// The time of the import (never before the branch's last commit).
    case now
    /// Each file's modification time, as the revision's author date (`--dates mtime`).
    case fileModified = "mtime"
}
