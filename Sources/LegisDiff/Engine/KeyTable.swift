/// A map from 64-bit keys to integers: open addressing with Fibonacci hashing.
///
/// Faster than a `Dictionary` for the keys used here (hashes of paths and wordings, pairs of
/// piece numbers), which need no seeded hashing of their own. Entries are kept in insertion
/// order, so iteration is deterministic.
struct KeyTable: Sendable {
    private(set) var keys: [UInt64] = []
    private(set) var values: [Int] = []
    /// `index + 1` of the entry in each slot, 0 for an empty slot; a power of two in size.
    private var slots: [Int32]
    private var shift: UInt64

    /// An empty table sized for about `capacity` entries.
    init(capacity: Int = 16) {
        var size = 16
        while size < capacity * 2 { size *= 2 }
        slots = Array(repeating: 0, count: size)
        shift = UInt64(64 - size.trailingZeroBitCount)
        keys.reserveCapacity(capacity)
        values.reserveCapacity(capacity)
    }

    var count: Int { keys.count }

    /// The value stored for `key`.
    subscript(key: UInt64) -> Int? {
        let index = find(key)
        return index >= 0 ? values[index] : nil
    }

    /// Stores `value` for `key`, or, when the key is there already, replaces its value by
    /// `merge(old, value)`.
    mutating func add(_ key: UInt64, _ value: Int, merge: (Int, Int) -> Int) {
        let mask = slots.count - 1
        var slot = home(key)
        while true {
            let entry = Int(slots[slot])
            if entry == 0 { break }
            if keys[entry - 1] == key {
                values[entry - 1] = merge(values[entry - 1], value)
                return
            }
            slot = (slot + 1) & mask
        }
        keys.append(key)
        values.append(value)
        slots[slot] = Int32(keys.count)
        if keys.count * 2 > slots.count { grow() }
    }

    /// The entry index of `key` (the order in which keys were first added), adding `key`
    /// with its index as value when it is new: one probe where ``add(_:_:merge:)`` and a
    /// lookup make two.
    mutating func entry(_ key: UInt64) -> Int {
        let mask = slots.count - 1
        var slot = home(key)
        while true {
            let entry = Int(slots[slot])
            if entry == 0 { break }
            if keys[entry - 1] == key { return entry - 1 }
            slot = (slot + 1) & mask
        }
        let index = keys.count
        keys.append(key)
        values.append(index)
        slots[slot] = Int32(keys.count)
        if keys.count * 2 > slots.count { grow() }
        return index
    }

    /// The entry index of `key`, or -1.
    private func find(_ key: UInt64) -> Int {
        let mask = slots.count - 1
        var slot = home(key)
        while true {
            let entry = Int(slots[slot])
            if entry == 0 { return -1 }
            if keys[entry - 1] == key { return entry - 1 }
            slot = (slot + 1) & mask
        }
    }

    /// The slot where `key` is looked for first: the top bits of its Fibonacci hash.
    private func home(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    private mutating func grow() {
        slots = Array(repeating: 0, count: slots.count * 2)
        shift -= 1
        let mask = slots.count - 1
        for (index, key) in keys.enumerated() {
            var slot = home(key)
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(index + 1)
        }
    }
}
