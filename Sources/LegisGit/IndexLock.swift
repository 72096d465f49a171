import CLibGit2
import Foundation

/// The index of a working tree, locked for one commit: git's own `index.lock` protocol, held from
/// before the index is written until the branch has moved (or the index is put back).
///
/// The lock file is created exclusively, so `git` and other saves wait for it, and holds the text
/// `legis <pid>`. A lock of this form whose process no longer runs was left by a killed save; it
/// holds no data (the index itself is always replaced whole by a rename), so it is removed at once
/// and the save goes on. Any other lock is waited for, then reported with what to do.
final class IndexLock {
    let indexPath: String
    let lockPath: String
    /// The bytes of the index when the lock was taken (nil: there was no index file).
    let original: [UInt8]?
    private var held = true

    private static let marker = "legis "

    /// Takes the lock of the index in `gitDirectory`, waiting up to `patience` for another holder.
    init(gitDirectory: String, patience: Duration) throws(GitError) {
        indexPath = gitDirectory + "/index"
        lockPath = gitDirectory + "/index.lock"
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: patience)
        while true {
            let descriptor = open(lockPath, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
            if descriptor >= 0 {
                let text = Array((Self.marker + "\(getpid())\n").utf8)
                _ = text.withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
                close(descriptor)
                break
            }
            guard errno == EEXIST else {
                throw GitError(
                    code: .generic,
                    message: "cannot create the lock file \(lockPath) (\(String(cString: strerror(errno))))",
                    call: "open")
            }
            if Self.isAbandoned(lockPath) {
                unlink(lockPath)
                continue
            }
            guard clock.now < deadline else {
                throw Repository.lockedError(lockPath, waited: patience, call: "index lock")
            }
            usleep(20_000)
        }
        original = FileManager.default.contents(atPath: indexPath).map { [UInt8]($0) }
    }

    deinit {
        release()
    }

    /// Whether the lock at `path` was taken by a legis process that no longer runs.
    static func isAbandoned(_ path: String) -> Bool {
        guard let data = FileManager.default.contents(atPath: path), data.count < 64,
            let text = String(data: data, encoding: .utf8), text.hasPrefix(marker),
            let pid = Int32(text.dropFirst(marker.count).trimmingCharacters(in: .whitespacesAndNewlines))
        else { return false }
        if pid == getpid() { return false }
        return kill(pid, 0) != 0 && errno == ESRCH
    }

    /// Replaces the index with `original` plus the changes `edit` makes, by an atomic rename.
    func write(_ edit: (OpaquePointer) throws(GitError) -> Void) throws(GitError) {
        let temporary = indexPath + ".legis-\(getpid())"
        defer { unlink(temporary) }
        unlink(temporary)
        if let original { try Self.store(original, at: temporary) }
        let index = try makeHandle("git_index_open") { git_index_open(&$0, temporary) }
        defer { git_index_free(index) }
        if original != nil { try check(git_index_read(index, 1), "git_index_read") }
        try edit(index)
        try check(git_index_write(index), "git_index_write")
        try Self.rename(temporary, to: indexPath)
    }

    /// Puts the index back as it was when the lock was taken.
    func restore() throws(GitError) {
        guard let original else {
            unlink(indexPath)
            return
        }
        let temporary = indexPath + ".legis-\(getpid())"
        defer { unlink(temporary) }
        try Self.store(original, at: temporary)
        try Self.rename(temporary, to: indexPath)
    }

    /// Removes the lock file; idempotent.
    func release() {
        guard held else { return }
        held = false
        unlink(lockPath)
    }

    private static func store(_ bytes: [UInt8], at path: String) throws(GitError) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw failure("open", path) }
        defer { close(descriptor) }
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return 0 }
                return Foundation.write(descriptor, base + written, buffer.count - written)
            }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { throw failure("write", path) }
            written += count
        }
        guard fsync(descriptor) == 0 else { throw failure("fsync", path) }
    }

    private static func rename(_ from: String, to: String) throws(GitError) {
        guard Foundation.rename(from, to) == 0 else { throw failure("rename", to) }
    }

    private static func failure(_ call: String, _ path: String) -> GitError {
        GitError(code: .generic, message: "\(path): \(String(cString: strerror(errno)))", call: call)
    }
}
