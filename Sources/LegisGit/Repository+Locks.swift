import Foundation

extension Repository {
    /// How long a write waits for a lock file held by another process before reporting it.
    public static let lockPatience: Duration = .seconds(2)

    /// The lock file git and libgit2 take to write the reference `name` (such as `refs/heads/main`).
    public func lockFile(ofReference name: String) -> String {
        gitDirectory + "/" + name + ".lock"
    }

    /// Waits until none of the lock files `paths` exists, for at most `patience`.
    ///
    /// A lock held by a live process (a `git commit`, another save) is normally gone within
    /// milliseconds. One that stays longer was most likely left behind by a process that was
    /// killed or crashed while writing: it is reported with its age and what to do, with
    /// `GIT_ELOCKED` (``GitError/isLocked``), before anything is written.
    public func waitForLocks(_ paths: [String], patience: Duration = Repository.lockPatience) throws(GitError) {
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: patience)
        for path in paths {
            while FileManager.default.fileExists(atPath: path) {
                guard clock.now < deadline else { throw Self.lockedError(path, waited: patience) }
                usleep(20_000)
            }
        }
    }

    /// The error for the lock file `path` that stayed in place for `waited`.
    static func lockedError(_ path: String, waited: Duration, call: String = "waitForLocks") -> GitError {
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        let age = (attributes?[.modificationDate] as? Date).map { describeAge(Date().timeIntervalSince($0)) }
        let made = age.map { "made \($0) ago, " } ?? ""
        return GitError(
            code: .locked,
            message: "the lock file \(path) exists (\(made)still there after waiting \(waited.components.seconds) s): "
                + "another git or legis process is writing to this repository, or one was killed or crashed and left it "
                + "behind. If no git or legis process is running on this repository, delete it (rm '\(path)'): "
                + "a lock file holds only an unfinished write, never saved work, so removing a stale one is safe",
            call: call)
    }

    private static func describeAge(_ seconds: TimeInterval) -> String {
        switch seconds {
        case ..<120: return "\(max(0, Int(seconds))) s"
        case ..<7200: return "\(Int(seconds / 60)) min"
        case ..<172_800: return "\(Int(seconds / 3600)) h"
        default: return "\(Int(seconds / 86400)) days"
        }
    }
}
