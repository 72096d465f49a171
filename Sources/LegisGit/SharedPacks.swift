import Glibc
import Synchronization

/// The packs of every repository this process reads, each indexed and mapped once.
///
/// The server keeps one repository handle per worker thread, and each handle mapped every pack
/// whole: the pages a thread read counted again in the process's resident memory for each
/// mapping (some 60 MB of a 120 MB statute book's pack after browsing a hundred laws). A pack is
/// known by its path and by the identity of the file there (device, inode, size, modification
/// time): a pack replaced under the same name is read anew, the old one stays mapped for readers
/// that still hold it. A pack no reader holds any more is unmapped (the registry holds it weakly).
enum SharedPacks {
    private struct Key: Hashable {
        var path: String
        var device: UInt64
        var inode: UInt64
        var size: Int
        var modified: Int
        var modifiedNanoseconds: Int
    }

    private struct Entry {
        weak var pack: PackedObjects.Pack?
    }

    private static let packs = Mutex<[Key: Entry]>([:])

    /// The pack whose index is `stem.idx` and whose data is `stem.pack`; nil when the index
    /// cannot be read or is not one this reader understands.
    static func pack(_ stem: String) -> PackedObjects.Pack? {
        var status = stat()
        guard stat(stem + ".idx", &status) == 0 else { return nil }
        let key = Key(
            path: stem, device: UInt64(status.st_dev), inode: UInt64(status.st_ino), size: Int(status.st_size),
            modified: Int(status.st_mtim.tv_sec), modifiedNanoseconds: Int(status.st_mtim.tv_nsec))
        return packs.withLock { packs in
            if let known = packs[key]?.pack { return known }
            guard let file = MappedFile(path: stem + ".idx"), let index = PackIndex(file) else { return nil }
            let pack = PackedObjects.Pack(index: index, path: stem + ".pack")
            // Entries whose pack is gone are dropped as new ones come.
            packs = packs.filter { $0.value.pack != nil }
            packs[key] = Entry(pack: pack)
            return pack
        }
    }
}
