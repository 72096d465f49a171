import Foundation
import LegisTestSupport
import Synchronization
import Testing

@testable import LegisGit

@Suite("Blobs read straight from packs")
struct PackedObjectsTests {
    /// A law of `articles` articles in words from a fixed pseudo-random sequence.
    private static func law(articles: Int, seed: UInt64) -> String {
        var state = seed
        func next() -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33)
        }
        let words = ["the", "agency", "shall", "register", "every", "recruitment", "contract", "within", "days",
            "of", "its", "signature", "and", "inform", "worker", "in", "a", "language", "understands", "—", "ä", "§"]
        var text = "# Law on recruitment agencies\n\n"
        for article in 1...articles {
            text += "## Article \(article)\n\n"
            for paragraph in 1...3 {
                text += "(\(paragraph)) " + (0..<(12 + next() % 30)).map { _ in words[next() % words.count] }
                    .joined(separator: " ") + ".\n\n"
            }
        }
        return text
    }

    /// A repository holding `versions` successive versions of a law (each changing a few
    /// articles), committed by plain git; returns the folder and every version's bytes by blob id.
    private static func history(in folder: TemporaryFolder, versions: Int) throws -> (String, [ObjectID: [UInt8]]) {
        let work = folder.child("work")
        _ = try Repository.initialize(at: work)
        var expected: [ObjectID: [UInt8]] = [:]
        var articles = law(articles: 300, seed: 1).components(separatedBy: "## ")
        for version in 0..<versions {
            for edit in 0..<4 {
                let index = 1 + (version * 37 + edit * 101) % (articles.count - 1)
                articles[index] = law(articles: 1, seed: UInt64(version * 10 + edit))
                    .components(separatedBy: "## ")[1].replacingOccurrences(of: "Article 1", with: "Article \(index)")
            }
            let text = Array(articles.joined(separator: "## ").utf8)
            expected[Repository.hashBlob(text)] = text
            try Data(text).write(to: URL(fileURLWithPath: work + "/law.md"))
            try git(["add", "law.md"], in: work)
            try git(["commit", "-q", "-m", "Version \(version)"], in: work)
        }
        return (work, expected)
    }

    /// The type of each entry of the repository's packs (`git show-index`, then the pack's byte).
    private static func entryTypes(in work: String) throws -> [Int] {
        let packFolder = work + "/.git/objects/pack"
        var types: [Int] = []
        for name in try FileManager.default.contentsOfDirectory(atPath: packFolder) where name.hasSuffix(".idx") {
            let pack = try Data(contentsOf: URL(fileURLWithPath: packFolder + "/" + name.dropLast(4) + ".pack"))
            let listing = try Tool.run("sh", ["-c", "git show-index < '\(packFolder)/\(name)'"], in: work)
            for line in listing.output.split(separator: "\n") {
                guard let offset = Int(line.split(separator: " ")[0]) else { continue }
                types.append(Int(pack[pack.startIndex + offset] >> 4) & 7)
            }
        }
        return types
    }

    @Test("Every version reads byte for byte through chains of offset deltas, as git packed them")
    func offsetDeltas() throws {
        let folder = try TemporaryFolder()
        let (work, expected) = try Self.history(in: folder, versions: 40)
        try git(["repack", "-a", "-d", "-f", "-q", "--depth=50", "--window=50"], in: work)
        let types = try Self.entryTypes(in: work)
        #expect(types.contains(6), "the pack has offset deltas")
        #expect(!types.contains(7))
        let verify = try git(["verify-pack", "-v", try Self.packIndex(in: work)], in: work)
        #expect(verify.contains("chain length = 2"), "some blobs are deltas of deltas")
        let packs = PackedObjects(objectsFolder: work + "/.git/objects")
        for (id, bytes) in expected {
            #expect(packs.blob(id).map { $0 == bytes } == true, "\(id)")
        }
        let repository = try Repository.open(at: work)
        for (id, bytes) in expected {
            let same = try repository.blob(id) == bytes
            #expect(same, "\(id)")
        }
    }

    @Test("Readers of one repository share each pack, from several threads; a pack replaced is read anew")
    func packsAreShared() throws {
        let folder = try TemporaryFolder()
        let (work, expected) = try Self.history(in: folder, versions: 8)
        try git(["repack", "-a", "-d", "-q"], in: work)
        let stem = String(try Self.packIndex(in: work).dropLast(4))
        let first = try #require(SharedPacks.pack(stem))
        #expect(SharedPacks.pack(stem) === first)
        // Readers on four threads, each with its own reader, get every version right.
        let ids = Array(expected.keys)
        let failures = Mutex(0)
        DispatchQueue.concurrentPerform(iterations: 4) { _ in
            let packs = PackedObjects(objectsFolder: work + "/.git/objects")
            for id in ids where packs.blob(id) != expected[id] { failures.withLock { $0 += 1 } }
        }
        #expect(failures.withLock { $0 } == 0)
        #expect(SharedPacks.pack(stem) === first, "the readers used the shared pack")
        // git packs again (a new file, renamed into place; the old one removed): read anew.
        try git(["repack", "-a", "-d", "-f", "-q", "--depth=5"], in: work)
        let renewed = try #require(SharedPacks.pack(String(try Self.packIndex(in: work).dropLast(4))))
        #expect(renewed !== first)
        let packs = PackedObjects(objectsFolder: work + "/.git/objects")
        for (id, bytes) in expected { #expect(packs.blob(id) == bytes, "\(id)") }
    }

    @Test("A long-running process reads packs without keeping their pages mapped")
    func pagesReleased() throws {
        let folder = try TemporaryFolder()
        let (work, expected) = try Self.history(in: folder, versions: 30)
        // No deltas: every version whole, a pack of a megabyte or so.
        try git(["repack", "-a", "-d", "-f", "-q", "--window=0"], in: work)
        let packPath = String(try Self.packIndex(in: work).dropLast(4)) + ".pack"
        Repository.limitMappedPacks()
        let packs = PackedObjects(objectsFolder: work + "/.git/objects")
        for (id, bytes) in expected { #expect(packs.blob(id) == bytes, "\(id)") }
        // Kept mapped, every page of the pack would be resident now (the kernel maps 64 KiB
        // around each fault). Released after each entry, none is.
        let resident = try withExtendedLifetime(packs) {
            try #require(try Self.residentKilobytes(of: packPath), "the pack is mapped")
        }
        let packKilobytes = try Data(contentsOf: URL(fileURLWithPath: packPath)).count / 1024
        #expect(packKilobytes > 512)
        #expect(resident == 0, "\(resident) kB of the pack's \(packKilobytes) kB still mapped")
    }

    /// The resident kilobytes of this process's mappings of `path` (`/proc/self/smaps`); nil
    /// when it has none.
    private static func residentKilobytes(of path: String) throws -> Int? {
        var total: Int?
        var inFile = false
        // Read to the end: the file's size says 0, and a read sized by it stops at one page.
        let smaps = try #require(FileHandle(forReadingAtPath: "/proc/self/smaps")).readToEnd() ?? Data()
        for line in String(decoding: smaps, as: UTF8.self).split(separator: "\n") {
            let fields = line.split(separator: " ", omittingEmptySubsequences: true)
            if let first = fields.first, first.contains("-"), first.allSatisfy({ $0.isHexDigit || $0 == "-" }) {
                inFile = fields.last.map(String.init) == path
            } else if inFile, fields.first == "Rss:", fields.count > 1 {
                total = (total ?? 0) + (Int(fields[1]) ?? 0)
            }
        }
        return total
    }

    @Test("Deltas that name their base by id (REF_DELTA) read as git packed them")
    func referenceDeltas() throws {
        let folder = try TemporaryFolder()
        let (work, expected) = try Self.history(in: folder, versions: 12)
        try git(["-c", "repack.useDeltaBaseOffset=false", "repack", "-a", "-d", "-f", "-q"], in: work)
        let types = try Self.entryTypes(in: work)
        #expect(types.contains(7), "the pack has deltas by reference")
        #expect(!types.contains(6))
        let packs = PackedObjects(objectsFolder: work + "/.git/objects")
        for (id, bytes) in expected {
            #expect(packs.blob(id).map { $0 == bytes } == true, "\(id)")
        }
    }

    @Test("Objects spread over several packs, loose objects and packs made later are all read")
    func severalPacksAndLooseObjects() throws {
        let folder = try TemporaryFolder()
        let (work, expected) = try Self.history(in: folder, versions: 6)
        try git(["repack", "-d", "-q"], in: work)
        let repository = try Repository.open(at: work)
        var more = expected
        for version in 0..<3 {
            let text = Array("# Version \(version)\n\n## Article 1\n\nText \(version).\n".utf8)
            more[try repository.writeBlob(text)] = text
        }
        try git(["add", "-A"], in: work)
        try git(["commit", "-q", "--allow-empty", "-m", "More"], in: work)
        try git(["repack", "-d", "-q"], in: work)
        let packCount = try FileManager.default.contentsOfDirectory(atPath: work + "/.git/objects/pack")
            .filter { $0.hasSuffix(".pack") }.count
        #expect(packCount >= 2)
        let packs = PackedObjects(objectsFolder: work + "/.git/objects")
        for (id, bytes) in expected {
            #expect(packs.blob(id).map { $0 == bytes } == true, "\(id)")
        }
        // Written by libgit2 after the packs were listed: loose, so read through libgit2.
        let late = Array("# Written late\n".utf8)
        let lateID = try repository.writeBlob(late)
        #expect(packs.blob(lateID) == nil)
        #expect(try repository.blob(lateID) == late)
        for (id, bytes) in more {
            let same = try repository.blob(id) == bytes
            #expect(same, "\(id)")
        }
        #expect(packs.blob(ObjectID(hex: String(repeating: "ab", count: 20))!) == nil)
    }

    @Test("A damaged pack entry is not read: libgit2 reports the damage")
    func damagedEntry() throws {
        let folder = try TemporaryFolder()
        let (work, expected) = try Self.history(in: folder, versions: 1)
        try git(["repack", "-a", "-d", "-q"], in: work)
        let (id, bytes) = try #require(expected.first)
        let index = try Self.packIndex(in: work)
        let listing = try Tool.run("sh", ["-c", "git show-index < '\(index)'"], in: work).output
        let line = try #require(listing.split(separator: "\n").first { $0.contains(id.hex) })
        let offset = try #require(Int(line.split(separator: " ")[0]))
        let packPath = String(index.dropLast(4)) + ".pack"
        var pack = try Data(contentsOf: URL(fileURLWithPath: packPath))
        // Well inside the compressed text (the header is a few bytes; the text compresses to kilobytes).
        pack[pack.startIndex + offset + 2_000] ^= 0x55
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: packPath)
        try pack.write(to: URL(fileURLWithPath: packPath))
        #expect(PackedObjects(objectsFolder: work + "/.git/objects").blob(id) == nil)
        let repository = try Repository.open(at: work)
        #expect(throws: GitError.self) { try repository.blob(id) }
        #expect(bytes.count > 4_000)
    }

    @Test("Delta instructions: copies and inserts applied; a delta that does not fit its base refused")
    func deltaInstructions() {
        let base = Array("The agency shall register every contract.".utf8)
        func apply(_ delta: [UInt8]) -> String? {
            delta.withUnsafeBytes { delta in base.withUnsafeBytes { PackDelta.apply(delta, to: $0) } }
                .map { String(decoding: $0, as: UTF8.self) }
        }
        let size = UInt8(base.count)
        // Copy "The agency shall " (offset 0, 17 bytes), insert "not ", copy the rest (offset 17).
        let rest = UInt8(base.count - 17)
        let valid: [UInt8] = [size, size + 4, 0x90, 17, 4] + Array("not ".utf8) + [0x91, 17, rest]
        #expect(apply(valid) == "The agency shall not register every contract.")
        #expect(apply([size + 1, size + 4, 0x90, 17, 4] + Array("not ".utf8) + [0x91, 17, rest]) == nil, "base size")
        #expect(apply([size, size + 5, 0x90, 17, 4] + Array("not ".utf8) + [0x91, 17, rest]) == nil, "result size")
        #expect(apply([size, size, 0x91, 1, size]) == nil, "copy past the base")
        #expect(apply([size, 4, 0x00, 4] + Array("abcd".utf8)) == nil, "reserved instruction")
        #expect(apply([size, 8, 8] + Array("abc".utf8)) == nil, "insert past the delta")
        #expect(apply([size, 0x80]) == nil, "size cut short")
        // A copy with no size bytes copies 65,536 bytes: past this base.
        #expect(apply([size, 0x80, 0x80, 0x04, 0x80]) == nil)
    }

    /// The path of the repository's only pack index.
    private static func packIndex(in work: String) throws -> String {
        let folder = work + "/.git/objects/pack"
        let name = try #require(try FileManager.default.contentsOfDirectory(atPath: folder).first { $0.hasSuffix(".idx") })
        return folder + "/" + name
    }
}

@Suite("Blobs read straight from packs: damaged and hostile packs")
struct HostilePackTests {
    /// Every blob of a repacked history read from copies of its pack with one to four bytes
    /// changed at random (a fixed sequence): nothing may crash or hang, and a read that
    /// succeeds gives one of the repository's texts unless the change fell on an index entry or
    /// a delta's base (which name another stored object, as git itself does not check on reading).
    @Test("Random damage to a pack or its index never crashes the reader")
    func randomDamage() throws {
        let folder = try TemporaryFolder()
        let work = folder.child("work")
        _ = try Repository.initialize(at: work)
        var texts: [ObjectID: [UInt8]] = [:]
        var text = (1...60).map { "## Article \($0)\n\n(1) The agency keeps records for \($0) years.\n\n" }.joined()
        for version in 0..<8 {
            text = text.replacingOccurrences(of: "for \(version * 7 + 1) years", with: "for \(version * 7 + 1) months")
            let bytes = Array(text.utf8)
            texts[Repository.hashBlob(bytes)] = bytes
            try Data(bytes).write(to: URL(fileURLWithPath: work + "/law.md"))
            try git(["add", "law.md"], in: work)
            try git(["commit", "-q", "-m", "Version \(version)"], in: work)
        }
        try git(["repack", "-a", "-d", "-f", "-q", "--depth=10"], in: work)
        let packFolder = work + "/.git/objects/pack"
        let names = try FileManager.default.contentsOfDirectory(atPath: packFolder)
        let packName = try #require(names.first { $0.hasSuffix(".pack") })
        let indexName = try #require(names.first { $0.hasSuffix(".idx") })
        let pack = try Data(contentsOf: URL(fileURLWithPath: packFolder + "/" + packName))
        let index = try Data(contentsOf: URL(fileURLWithPath: packFolder + "/" + indexName))

        var state: UInt64 = 0x5eed
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        let copy = folder.child("copy/objects")
        try FileManager.default.createDirectory(atPath: copy + "/pack", withIntermediateDirectories: true)
        var readBack = 0
        for round in 0..<400 {
            var damagedPack = pack
            var damagedIndex = index
            for _ in 0...next(4) {
                if round % 4 == 3 {
                    damagedIndex[next(damagedIndex.count)] ^= UInt8(1 + next(255))
                } else {
                    damagedPack[12 + next(damagedPack.count - 12)] ^= UInt8(1 + next(255))
                }
            }
            try damagedPack.write(to: URL(fileURLWithPath: copy + "/pack/" + packName))
            try damagedIndex.write(to: URL(fileURLWithPath: copy + "/pack/" + indexName))
            let reader = PackedObjects(objectsFolder: copy)
            for (id, bytes) in texts {
                guard let read = reader.blob(id) else { continue }
                if read == bytes { readBack += 1 }
            }
        }
        // Most damage falls on other objects' data, so most texts still read correctly.
        #expect(readBack > 400 * texts.count / 2)
    }

    @Test("Deltas that name each other as bases (a cycle no git writes) are refused, not followed forever")
    func deltaCycle() throws {
        let folder = try TemporaryFolder()
        // Two REF_DELTA entries, each the other's base, and a version 2 index for them.
        let script = #"""
            import hashlib, struct, sys, zlib
            first, second = hashlib.sha1(b"first").digest(), hashlib.sha1(b"second").digest()
            delta = zlib.compress(bytes([5, 5, 0x90, 5]))
            def entry(base):
                return bytes([0x70 | 4]) + base + delta
            body = b"PACK" + struct.pack(">II", 2, 2)
            offsets = {first: len(body)}
            body += entry(second)
            offsets[second] = len(body)
            body += entry(first)
            body += hashlib.sha1(body).digest()
            names = sorted(offsets)
            fan = [sum(1 for n in names if n[0] <= i) for i in range(256)]
            index = b"\xfftOc" + struct.pack(">I", 2) + b"".join(struct.pack(">I", c) for c in fan)
            index += b"".join(names) + b"\0\0\0\0" * 2 + b"".join(struct.pack(">I", offsets[n]) for n in names)
            index += hashlib.sha1(body).digest() + b"\0" * 20
            open(sys.argv[1] + "/pack-cycle.pack", "wb").write(body)
            open(sys.argv[1] + "/pack-cycle.idx", "wb").write(index)
            print(first.hex(), second.hex())
            """#
        let packFolder = folder.child("objects/pack")
        try FileManager.default.createDirectory(atPath: packFolder, withIntermediateDirectories: true)
        let result = try Tool.run("python3", ["-c", script, packFolder], in: folder.path)
        let ids = result.output.split(whereSeparator: \.isWhitespace).compactMap { ObjectID(hex: String($0)) }
        try #require(ids.count == 2, "\(result.output) \(result.error)")
        let reader = PackedObjects(objectsFolder: folder.child("objects"))
        for id in ids {
            #expect(reader.blob(id) == nil)
        }
    }
}
