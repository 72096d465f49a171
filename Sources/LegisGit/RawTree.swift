import CLibGit2
import Glibc

/// A tree object's entries read straight from its stored bytes (`<octal mode> <name>\0<20-byte
/// id>` one after another, in git's order), as git's own tree walks read them: no libgit2 tree
/// object, no copy of a name or an id until one is needed.
///
/// Used by ``Repository/walkChanges(from:hiding:_:)`` to compare two versions of a folder
/// entry by entry in one pass over both.
struct RawTree {
    /// What an entry names, from its mode, as `git_tree_entry_type` says it.
    enum Kind: UInt8 {
        case blob, tree, commit

        /// The kind of an entry of mode `mode`: a folder, a submodule's commit, or a file.
        init(mode: UInt32) {
            switch mode & 0o170000 {
            case 0o040000: self = .tree
            case 0o160000: self = .commit
            default: self = .blob
            }
        }
    }

    /// One entry: where it, its name and its id are in ``bytes``, and its kind.
    struct Entry {
        /// Where the entry starts (its mode).
        var start: Int
        var nameStart: Int
        var nameEnd: Int
        var kind: Kind
        /// Where its 20-byte id starts.
        var idStart: Int
    }

    /// The stored bytes, valid as long as ``storage``.
    let bytes: UnsafeRawBufferPointer
    let entries: [Entry]
    /// The libgit2 object holding ``bytes``, freed with the last copy of this tree.
    private let storage: Storage?

    /// A tree without entries (the side of a comparison where a folder is missing).
    static var empty: RawTree {
        RawTree(bytes: UnsafeRawBufferPointer(start: nil, count: 0), entries: [], storage: nil)
    }

    private init(bytes: UnsafeRawBufferPointer, entries: [Entry], storage: Storage?) {
        self.bytes = bytes
        self.entries = entries
        self.storage = storage
    }

    /// Reads the entries of a tree object read from the object database, taking ownership of
    /// `object` (freed with the tree, or at once when `nil` is returned); `nil` when the bytes
    /// are not a well-formed tree.
    init?(object: OpaquePointer) {
        let storage = Storage(object)
        let bytes = UnsafeRawBufferPointer(start: git_odb_object_data(object), count: Int(git_odb_object_size(object)))
        guard let entries = Self.entries(of: bytes) else { return nil }
        self.init(bytes: bytes, entries: entries, storage: storage)
    }

    /// The entries stored in `bytes`, or `nil` when they are not a well-formed tree.
    private static func entries(of bytes: UnsafeRawBufferPointer) -> [Entry]? {
        var entries: [Entry] = []
        var index = 0
        while index < bytes.count {
            guard let entry = entry(at: index, in: bytes) else { return nil }
            entries.append(entry)
            index = entry.idStart + 20
        }
        return entries
    }

    /// The id of the entry named `name` and of kind `kind` in the stored tree `bytes`, found in
    /// one pass without keeping the other entries; nil when there is none, when the entry of
    /// that name is of another kind, or when the bytes are not a well-formed tree.
    static func entryID(named name: [UInt8], kind wanted: Kind, in bytes: UnsafeRawBufferPointer) -> ObjectID? {
        guard let base = bytes.baseAddress else { return nil }
        var index = 0
        while index < bytes.count {
            guard let entry = entry(at: index, in: bytes) else { return nil }
            if entry.nameEnd - entry.nameStart == name.count,
                name.withUnsafeBytes({ target in target.baseAddress.map { memcmp(base + entry.nameStart, $0, name.count) } })
                    == 0
            {
                // Names are unique within a tree.
                guard entry.kind == wanted else { return nil }
                return ObjectID(bytes: bytes[entry.idStart..<(entry.idStart + 20)])
            }
            index = entry.idStart + 20
        }
        return nil
    }

    /// The entry stored from `start` (`<octal mode> <name>\0<20-byte id>`), or `nil` when the
    /// bytes there are not one.
    private static func entry(at start: Int, in bytes: UnsafeRawBufferPointer) -> Entry? {
        guard let base = bytes.baseAddress else { return nil }
        let count = bytes.count
        var index = start
        var mode: UInt32 = 0
        var digits = 0
        while index < count, bytes[index] != UInt8(ascii: " ") {
            let digit = bytes[index] &- UInt8(ascii: "0")
            guard digit < 8, digits < 7 else { return nil }
            mode = mode << 3 | UInt32(digit)
            digits += 1
            index += 1
        }
        guard digits > 0, index < count else { return nil }
        let nameStart = index + 1
        guard nameStart < count, let end = memchr(base + nameStart, 0, count - nameStart) else { return nil }
        let nameEnd = base.distance(to: UnsafeRawPointer(end))
        guard nameEnd > nameStart, nameEnd + 21 <= count else { return nil }
        return Entry(start: start, nameStart: nameStart, nameEnd: nameEnd, kind: Kind(mode: mode), idStart: nameEnd + 1)
    }

    /// The name of `entry`.
    func name(_ entry: Entry) -> String {
        String(decoding: bytes[entry.nameStart..<entry.nameEnd], as: UTF8.self)
    }

    /// The id of `entry`.
    func id(_ entry: Entry) -> ObjectID {
        ObjectID(bytes: bytes[entry.idStart..<entry.idStart + 20]) ?? .zero
    }

    /// Whether `entry` and `other`'s entry `otherEntry` are stored alike: same mode, name and
    /// id (what most entries of two versions of a folder are).
    func sameEntry(_ entry: Entry, as otherEntry: Entry, in other: RawTree) -> Bool {
        let length = entry.idStart + 20 - entry.start
        guard otherEntry.idStart + 20 - otherEntry.start == length else { return false }
        guard let mine = bytes.baseAddress, let theirs = other.bytes.baseAddress else { return false }
        return memcmp(mine + entry.start, theirs + otherEntry.start, length) == 0
    }

    /// Whether `entry` and `other`'s entry `otherEntry` have the same id.
    func sameID(_ entry: Entry, as otherEntry: Entry, in other: RawTree) -> Bool {
        bytes[entry.idStart..<entry.idStart + 20].elementsEqual(
            other.bytes[otherEntry.idStart..<otherEntry.idStart + 20])
    }

    /// Git's order of tree entries: names byte by byte, a folder's name as if it ended in `/`.
    ///
    /// Negative when `entry` comes before `other`'s `otherEntry`, zero when they have the same
    /// name and are both folders or both not.
    func order(_ entry: Entry, _ otherEntry: Entry, in other: RawTree) -> Int {
        var left = entry.nameStart
        var right = otherEntry.nameStart
        while left < entry.nameEnd, right < otherEntry.nameEnd {
            let a = bytes[left]
            let b = other.bytes[right]
            if a != b { return a < b ? -1 : 1 }
            left += 1
            right += 1
        }
        let a = left < entry.nameEnd ? bytes[left] : (entry.kind == .tree ? UInt8(ascii: "/") : 0)
        let b = right < otherEntry.nameEnd ? other.bytes[right] : (otherEntry.kind == .tree ? UInt8(ascii: "/") : 0)
        return a == b ? 0 : (a < b ? -1 : 1)
    }

    /// The entry with the name of `other`'s `otherEntry` that is a folder when `isTree` (and not
    /// one otherwise), found by binary search; `nil` when there is none.
    func entry(named otherEntry: Entry, in other: RawTree, isTree: Bool) -> Entry? {
        var probe = otherEntry
        probe.kind = isTree ? .tree : .blob
        var low = 0
        var high = entries.count
        while low < high {
            let middle = (low + high) / 2
            let result = order(entries[middle], probe, in: other)
            if result == 0 { return entries[middle] }
            if result < 0 { low = middle + 1 } else { high = middle }
        }
        return nil
    }

    /// Owns a libgit2 object database object.
    private final class Storage {
        let object: OpaquePointer

        init(_ object: OpaquePointer) {
            self.object = object
        }

        deinit {
            git_odb_object_free(object)
        }
    }
}
