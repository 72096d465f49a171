// `stat` is named from CoreFoundation once a dependency loads it (see DocumentInput.swift in LegisTracker).
import CoreFoundation
import Foundation
import LegisTracker
import Synchronization

/// Tells, with a few `stat` calls and without opening the repository, that no reference moved
/// since the state key of the pages was last computed.
///
/// Listing every reference (what ``WebCache/stateKey(_:)`` does) reads one file per branch, draft
/// and endorsement: hundreds of system calls per request. Git and libgit2 never rewrite a loose
/// reference in place: they write `NAME.lock` and rename it over `NAME`, and they rename a new
/// `packed-refs` or `HEAD` the same way. Each of these changes the modification time of the folder
/// holding the reference (or the inode of `packed-refs` and `HEAD`). So when the folders under
/// `refs/` and those two files look exactly as they did, the references are as they were.
///
/// File times have a coarse granularity (a few milliseconds), so two renames in a row can leave a
/// folder with the same time: a state is trusted only when every time in it was at least
/// ``settleTime`` old when the key was computed (as git does with its racily clean index);
/// while references are being written, the key is simply computed every time.
final class RefWatch: Sendable {
    /// How old every time seen must be for a state to be trusted.
    static let settleTime: TimeInterval = 0.2

    /// The identity of one file or folder: inode, size and modification time, or zeros when absent.
    private struct Stamp: Equatable {
        var inode: UInt64 = 0
        var size: Int64 = 0
        var seconds: Int = 0
        var nanoseconds: Int = 0

        init(_ path: String) {
            var info = stat()
            guard lstat(path, &info) == 0 else { return }
            inode = UInt64(info.st_ino)
            size = Int64(info.st_size)
            seconds = info.st_mtim.tv_sec
            nanoseconds = info.st_mtim.tv_nsec
        }

        var time: TimeInterval { TimeInterval(seconds) + TimeInterval(nanoseconds) / 1e9 }
    }

    private struct Snapshot {
        var gitDirectory: String
        var paths: [String]
        var stamps: [Stamp]
        var key: String
    }

    private let trusted = Mutex<Snapshot?>(nil)

    /// The state key kept, if no reference can have moved since it was computed.
    func keptKey() -> String? {
        guard let snapshot = trusted.withLock({ $0 }) else { return nil }
        return snapshot.paths.map(Stamp.init) == snapshot.stamps ? snapshot.key : nil
    }

    /// The key computed by `compute`, remembered when the references were settled while it ran.
    func key(gitDirectory: String, compute: () throws(LegisError) -> String) throws(LegisError) -> String {
        if trusted.withLock({ $0?.gitDirectory }) == gitDirectory, let kept = keptKey() { return kept }
        let started = Date().timeIntervalSince1970
        let paths = Self.watchedPaths(gitDirectory)
        let before = paths.map(Stamp.init)
        let key = try compute()
        let after = paths.map(Stamp.init)
        let settled = before == after && before.allSatisfy { $0.time < started - Self.settleTime }
        trusted.withLock {
            $0 = settled && paths.count > 2 ? Snapshot(gitDirectory: gitDirectory, paths: paths, stamps: before, key: key) : nil
        }
        return key
    }

    /// `HEAD`, `packed-refs` and every folder under `refs/`.
    private static func watchedPaths(_ gitDirectory: String) -> [String] {
        var paths = [gitDirectory + "/HEAD", gitDirectory + "/packed-refs"]
        var pending = [gitDirectory + "/refs"]
        while let folder = pending.popLast() {
            var info = stat()
            guard lstat(folder, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else { continue }
            paths.append(folder)
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { continue }
            for name in names {
                let path = folder + "/" + name
                if lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR { pending.append(path) }
            }
        }
        return paths
    }
}
