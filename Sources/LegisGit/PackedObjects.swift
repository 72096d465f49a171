import CLibDeflate
import Glibc
import Synchronization

/// Reads blobs straight from a repository's packs, the way git does, with libdeflate.
///
/// A large law's text is a megabyte or more; libgit2 inflates it with zlib's streaming
/// inflater, about twice as slow as libdeflate's whole-buffer one, and keeps a copy of a delta's
/// base in its cache. Here the pack entry is inflated once, into the array returned, and a
/// delta's base and instructions are freed as soon as they are applied.
///
/// Only for reading what is certainly there: anything this reader does not handle (a loose
/// object, an object in an alternate repository, a pack index of another version, a damaged
/// entry) gives nil, and the caller asks libgit2, which reads every form and reports errors
/// properly. Like libgit2 as Legis sets it up (see ``LibGit2``), and like git, it does not
/// re-hash what it reads; zlib's checksum of each entry is checked.
///
/// The packs are listed when the first blob is read. A pack git writes later is not seen (its
/// objects come from libgit2); a pack git deletes stays mapped, and its objects, which never
/// change, are still read correctly. Each pack is mapped once per process, whatever the number
/// of readers (see ``SharedPacks``).
final class PackedObjects {
    private let folder: String
    private var packs: [Pack]?
    private let decompressor: OpaquePointer?

    /// The deepest chain of deltas followed: git writes none deeper (its default is 50, and
    /// `--depth` is capped at 4,095). A deeper chain, or a cycle of deltas naming one another,
    /// is left to libgit2.
    static let maximumDepth = 4_095

    /// The reader of the packs in `objectsFolder/pack`.
    init(objectsFolder: String) {
        folder = objectsFolder.hasSuffix("/") ? objectsFolder + "pack" : objectsFolder + "/pack"
        decompressor = libdeflate_alloc_decompressor()
    }

    deinit {
        if let decompressor { libdeflate_free_decompressor(decompressor) }
    }

    /// The contents of the blob `id` when it is in a pack and reads cleanly; nil otherwise.
    func blob(_ id: ObjectID) -> [UInt8]? {
        guard let found = locate(id) else { return nil }
        guard let (type, bytes) = object(in: found.pack, at: found.offset), type == Self.blobType else { return nil }
        return bytes
    }

    private static let blobType = 3
    private static let offsetDelta = 6
    private static let referenceDelta = 7

    /// One pack: its index, and the pack file, mapped when first needed. Shared by every reader
    /// in the process (``SharedPacks``), from any thread.
    final class Pack: Sendable {
        let index: PackIndex
        let path: String
        private let file = Mutex<MappedFile??>(nil)

        init(index: PackIndex, path: String) {
            self.index = index
            self.path = path
        }

        /// The pack's bytes, checked to begin like a pack (`PACK`, version 2 or 3).
        var bytes: UnsafeRawBufferPointer? {
            file.withLock { file in
                if file == nil {
                    let mapped = MappedFile(path: path)
                    let valid = mapped.map {
                        $0.bytes.count >= 32 && $0.bytes.bigEndianUInt32(at: 0) == 0x5041_434b
                            && (2...3).contains($0.bytes.bigEndianUInt32(at: 4))
                    }
                    file = .some(valid == true ? mapped : nil)
                }
                return file??.bytes
            }
        }
    }

    /// The pack holding `id`, and where.
    private func locate(_ id: ObjectID) -> (pack: Pack, offset: Int)? {
        let name = id.bytes
        return name.withUnsafeBytes { name in
            for pack in listPacks() {
                if let offset = pack.index.offset(of: name) { return (pack, offset) }
            }
            return nil
        }
    }

    /// The packs with a readable index, listed once.
    private func listPacks() -> [Pack] {
        if let packs { return packs }
        var found: [Pack] = []
        if let directory = opendir(folder) {
            defer { closedir(directory) }
            while let entry = readdir(directory) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
                guard name.hasPrefix("pack-"), name.hasSuffix(".idx") else { continue }
                if let pack = SharedPacks.pack("\(folder)/\(name.dropLast(4))") { found.append(pack) }
            }
        }
        packs = found
        return found
    }

    /// The type and contents of the object at `offset` in `pack`, its deltas applied.
    private func object(in pack: Pack, at offset: Int) -> (type: Int, bytes: [UInt8])? {
        var deltas: [[UInt8]] = []
        var place = (pack: pack, offset: offset)
        while deltas.count <= Self.maximumDepth {
            guard let bytes = place.pack.bytes, let entry = Entry(bytes, at: place.offset),
                let data = inflate(bytes, from: entry.dataStart, size: entry.size)
            else { return nil }
            switch entry.type {
            case 1...4:
                var result = data
                for delta in deltas.reversed() {
                    guard let applied = delta.withUnsafeBytes({ delta in
                        result.withUnsafeBytes { PackDelta.apply(delta, to: $0) }
                    }) else { return nil }
                    result = applied
                }
                return (entry.type, result)
            case Self.offsetDelta:
                guard let base = entry.baseOffset else { return nil }
                deltas.append(data)
                place.offset = base
            case Self.referenceDelta:
                guard let baseID = entry.baseID, let base = locate(baseID) else { return nil }
                deltas.append(data)
                place = base
            default:
                return nil
            }
        }
        return nil
    }

    /// Whether the pages of an entry are unmapped once it is inflated (see
    /// ``LibGit2/limitMappedPacks()``).
    static let releasesPages = Atomic(false)

    /// Unmaps every page of `pack`; they stay in the page cache, and a later read maps them
    /// again. Other readers of the pack, on any thread, are not disturbed: a shared mapping of a
    /// file loses nothing when its pages are unmapped, a read just faults them in again.
    ///
    /// The whole mapping, not the entry's stretch: a fault maps more than the page asked for
    /// (Linux's "fault-around", and whole large folios of the page cache), and what lies
    /// around an entry is not known. With the pages released after every entry, few are mapped
    /// at any time, and walking the rest of the mapping's page tables is cheap.
    private static func release(_ pack: UnsafeRawBufferPointer) {
        guard let base = pack.baseAddress, pack.count > 0 else { return }
        // The mapping starts on a page; its length is rounded up to one.
        _ = madvise(UnsafeMutableRawPointer(mutating: base), (pack.count + 4095) & ~4095, MADV_DONTNEED)
    }

    /// The zlib stream at `start` inflated, when it gives exactly `size` bytes.
    private func inflate(_ pack: UnsafeRawBufferPointer, from start: Int, size: Int) -> [UInt8]? {
        // The stream ends before the pack's 20-byte checksum; deflate expands at most 1032 to 1.
        let available = pack.count - 20 - start
        guard let decompressor, available > 0, size >= 0, size <= available * 1032 else { return nil }
        var outcome = LIBDEFLATE_BAD_DATA
        let bytes = [UInt8](unsafeUninitializedCapacity: max(size, 1)) { buffer, initialized in
            var consumed = 0
            var produced = 0
            outcome = libdeflate_zlib_decompress_ex(
                decompressor, pack.baseAddress! + start, available, buffer.baseAddress, size, &consumed, &produced)
            if produced != size { outcome = LIBDEFLATE_BAD_DATA }
            initialized = outcome == LIBDEFLATE_SUCCESS ? size : 0
            if Self.releasesPages.load(ordering: .relaxed) { Self.release(pack) }
        }
        return outcome == LIBDEFLATE_SUCCESS ? bytes : nil
    }

    /// The header of a pack entry: its type, its size once inflated, where its data starts and,
    /// for a delta, where its base is.
    private struct Entry {
        var type: Int
        var size: Int
        var dataStart: Int
        var baseOffset: Int?
        var baseID: ObjectID?

        init?(_ pack: UnsafeRawBufferPointer, at offset: Int) {
            let end = pack.count - 20
            guard offset >= 12, offset < end else { return nil }
            var position = offset
            var byte = pack[position]
            position += 1
            type = Int(byte >> 4) & 7
            size = Int(byte & 0x0f)
            var shift = 4
            while byte & 0x80 != 0 {
                guard position < end, shift < 57 else { return nil }
                byte = pack[position]
                position += 1
                size |= Int(byte & 0x7f) << shift
                shift += 7
            }
            if type == PackedObjects.offsetDelta {
                // Big-endian 7 bits a byte, each continuation adding one (git's encoding).
                guard position < end else { return nil }
                byte = pack[position]
                position += 1
                var distance = Int(byte & 0x7f)
                while byte & 0x80 != 0 {
                    guard position < end, distance < Int.max >> 8 else { return nil }
                    byte = pack[position]
                    position += 1
                    distance = (distance + 1) << 7 | Int(byte & 0x7f)
                }
                guard distance > 0, distance <= offset - 12 else { return nil }
                baseOffset = offset - distance
            } else if type == PackedObjects.referenceDelta {
                guard position + 20 <= end else { return nil }
                baseID = ObjectID(bytes: pack[position..<(position + 20)])
                position += 20
            }
            dataStart = position
        }
    }
}
