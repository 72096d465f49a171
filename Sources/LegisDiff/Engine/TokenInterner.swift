#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Maps the bytes of each distinct token to a small integer, so that diffing compares integers.
///
/// Whitespace is interned by what it means, not by its bytes: every run without a blank line is
/// ``softSpace`` and every run with one is ``paragraphBreak``. A change of line wrapping therefore
/// compares equal; the exact bytes are kept in the token list and compared when segments are made.
struct TokenInterner {
    /// The id of any whitespace run that holds at most one newline.
    static let softSpace: Int32 = 0
    /// The id of any whitespace run that holds two newlines or more (a blank line).
    static let paragraphBreak: Int32 = 1

    /// The kind of each id.
    private(set) var kinds: [TokenKind] = [.space, .space]
    /// The bytes of every interned token, one after the other.
    private var pool: [UInt8] = []
    /// Where each id's bytes start in `pool`, plus an end sentinel.
    private var poolStarts: [Int32] = [0, 0, 0]
    private var hashes: [UInt64] = [0, 0]
    /// Open-addressing table of `id + 1` (0 is empty); its size is a power of two.
    private var table: [Int32] = Array(repeating: 0, count: 1 << 12)

    /// How many ids exist.
    var count: Int { kinds.count }

    /// The id of the `length` bytes at `base`, which form one token of `kind`; `readable` bytes
    /// from `base` may be read (at least `length`).
    mutating func intern(_ base: UnsafePointer<UInt8>, _ length: Int, kind: TokenKind, readable: Int) -> Int32 {
        if kind == .space {
            var newlines = 0
            for i in 0..<length where base[i] == 0x0A { newlines += 1 }
            return newlines >= 2 ? Self.paragraphBreak : Self.softSpace
        }
        let hash = Self.hash(base, length, readable: readable)
        let mask = table.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let entry = Int(table[slot])
            if entry == 0 { break }
            let id = entry - 1
            if hashes[id] == hash && isToken(id, base, length, readable: readable) { return Int32(id) }
            slot = (slot + 1) & mask
        }
        let id = Int32(kinds.count)
        kinds.append(kind)
        hashes.append(hash)
        pool.append(contentsOf: UnsafeBufferPointer(start: base, count: length))
        poolStarts.append(Int32(pool.count))
        table[slot] = id + 1
        if kinds.count * 2 > table.count { grow() }
        return id
    }

    /// Whether the bytes of `id` are the `length` bytes at `base`, of which `readable` bytes may
    /// be read.
    private func isToken(_ id: Int, _ base: UnsafePointer<UInt8>, _ length: Int, readable: Int) -> Bool {
        let start = Int(poolStarts[id])
        guard Int(poolStarts[id + 1]) - start == length else { return false }
        return pool.withUnsafeBufferPointer { pool in
            guard let poolBase = pool.baseAddress else { return length == 0 }
            // A short token (most words) as one eight-byte word of each side, masked to its
            // length, where both may be read that far.
            if length <= 8, readable >= 8, start + 8 <= pool.count {
                let mask: UInt64 = length == 8 ? ~0 : (1 << UInt64(length * 8)) &- 1
                let mine = UnsafeRawPointer(poolBase + start).loadUnaligned(as: UInt64.self)
                let theirs = UnsafeRawPointer(base).loadUnaligned(as: UInt64.self)
                return (mine ^ theirs) & UInt64(littleEndian: mask) == 0
            }
            return memcmp(poolBase + start, base, length) == 0
        }
    }

    /// A hash of `length` bytes.
    private static func hash(_ base: UnsafePointer<UInt8>, _ length: Int, readable: Int) -> UInt64 {
        ByteHash.mix(UInt64(truncatingIfNeeded: length) &* 0x9E37_79B9_7F4A_7C15, base, length, readable: readable)
    }

    private mutating func grow() {
        var bigger = [Int32](repeating: 0, count: table.count * 2)
        let mask = bigger.count - 1
        for id in 2..<kinds.count {
            var slot = Int(truncatingIfNeeded: hashes[id]) & mask
            while bigger[slot] != 0 { slot = (slot + 1) & mask }
            bigger[slot] = Int32(id + 1)
        }
        table = bigger
    }
}
