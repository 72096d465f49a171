// `stat` and its fields are declared by every module that includes <sys/stat.h>; once a
// dependency (ZIPFoundation, through LegisExchange) loads CoreFoundation, that is the one Swift
// names, so it is imported here explicitly, and the structure is named through Glibc (which
// module Swift picks otherwise depends on what else the compiler has loaded, Dispatch included).
import CoreFoundation
import Foundation
import Glibc
import Synchronization

/// The document indexes this process has read or written, by file, with the identity of the
/// file they came from: a server answering many requests reads its index once, and still
/// notices when the file is replaced, removed or damaged by someone else.
///
/// Its lock also makes refreshes one at a time in a process, so that concurrent first requests
/// compute the index once.
final class DocumentIndexStore: Sendable {
    static let shared = DocumentIndexStore()

    /// What identifies one version of a file on disk: device, inode, size and modification time.
    struct FileStamp: Sendable, Hashable {
        var device: UInt64
        var inode: UInt64
        var size: Int64
        var seconds: Int
        var nanoseconds: Int

        /// The stamp of the file at `path`, or `nil` when there is none.
        init?(path: String) {
            var info = Glibc.stat()
            guard stat(path, &info) == 0 else { return nil }
            device = UInt64(info.st_dev)
            inode = UInt64(info.st_ino)
            size = Int64(info.st_size)
            seconds = Int(info.st_mtim.tv_sec)
            nanoseconds = Int(info.st_mtim.tv_nsec)
        }
    }

    /// An index and the file version it was read from or written to.
    struct Entry: Sendable {
        var index: DocumentIndex
        var stamp: FileStamp?
    }

    let entries = Mutex<[String: Entry]>([:])

    /// Reads the index stored at `path`: from memory when the file is the version last seen,
    /// else from the file. `nil` with a reason when missing or unreadable.
    static func read(_ path: String, known: Entry?) -> (index: DocumentIndex?, reason: String) {
        let stamp = FileStamp(path: path)
        guard let stamp else {
            // Never written (a read-only repository): the copy in memory is the index.
            if let known, known.stamp == nil { return (known.index, "") }
            return (nil, "there was no index")
        }
        if let known, known.stamp == stamp { return (known.index, "") }
        guard let data = FileManager.default.contents(atPath: path) else {
            return (nil, "the index file could not be read")
        }
        guard let index = DocumentIndex(decoding: [UInt8](data)) else {
            return (nil, "the index file was damaged or of another version")
        }
        return (index, "")
    }

    /// Writes `index` to `path` through a temporary file and a rename, so that a reader never
    /// sees half a file; returns the stamp of the file written, or `nil` when it could not be
    /// written (a read-only repository is served from memory).
    static func write(_ index: DocumentIndex, to path: String) -> FileStamp? {
        let folder = (path as NSString).deletingLastPathComponent
        let temporary = "\(path).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            try Data(index.encoded()).write(to: URL(fileURLWithPath: temporary))
            guard rename(temporary, path) == 0 else {
                try? FileManager.default.removeItem(atPath: temporary)
                return nil
            }
            return FileStamp(path: path)
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
            return nil
        }
    }
}
