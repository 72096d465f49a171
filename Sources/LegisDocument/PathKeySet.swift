/// A set of path keys (`art-5`, `title-2/art-1`) for the parser's hot path: an open-addressing
/// table hashed from the keys' UTF-8 bytes, cheaper than `Set<String>`, whose hashing is seeded
/// and normalises Unicode.
///
/// Comparing bytes is the same as comparing strings only for ASCII keys, so a set made with
/// `asciiOnly: false` (for a profile with a path prefix beyond ASCII) keeps a `Set<String>`.
struct PathKeySet {
    private var keys: [String] = []
    /// For each slot, the index of its key plus one, or 0 when empty; the count is a power of two.
    private var slots: [Int32]
    private var hashes: [UInt64]
    private var general: Set<String>?

    /// A set with room for about `count` keys; `asciiOnly` when every key will be ASCII.
    init(expecting count: Int, asciiOnly: Bool) {
        var size = 16
        while size < count * 2 { size *= 2 }
        slots = Array(repeating: 0, count: size)
        hashes = Array(repeating: 0, count: size)
        keys.reserveCapacity(count)
        general = asciiOnly ? nil : []
    }

    /// The FNV-1a hash of `bytes`.
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        return hash
    }

    /// The FNV-1a hash of the UTF-8 bytes of `key`.
    static func hash(_ key: String) -> UInt64 {
        var key = key
        return key.withUTF8 { hash($0) }
    }

    /// Whether `key`, whose hash is `hash`, is in the set.
    func contains(_ key: String, hash: UInt64) -> Bool {
        if let general { return general.contains(key) }
        return slot(of: key, hash: hash).found
    }

    /// Adds `key`, whose hash is `hash`; returns whether it was not there yet.
    mutating func insert(_ key: String, hash: UInt64) -> Bool {
        if general != nil { return general?.insert(key).inserted ?? false }
        let (slot, found) = slot(of: key, hash: hash)
        guard !found else { return false }
        keys.append(key)
        slots[slot] = Int32(keys.count)
        hashes[slot] = hash
        if keys.count * 2 > slots.count { grow() }
        return true
    }

    /// The slot holding `key`, or the empty slot where it belongs.
    private func slot(of key: String, hash: UInt64) -> (slot: Int, found: Bool) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let entry = Int(slots[slot])
            if entry == 0 { return (slot, false) }
            if hashes[slot] == hash && keys[entry - 1] == key { return (slot, true) }
            slot = (slot + 1) & mask
        }
    }

    /// Doubles the table.
    private mutating func grow() {
        let oldSlots = slots
        let oldHashes = hashes
        slots = Array(repeating: 0, count: oldSlots.count * 2)
        hashes = Array(repeating: 0, count: oldSlots.count * 2)
        let mask = slots.count - 1
        for index in oldSlots.indices where oldSlots[index] != 0 {
            var slot = Int(truncatingIfNeeded: oldHashes[index]) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = oldSlots[index]
            hashes[slot] = oldHashes[index]
        }
    }
}
