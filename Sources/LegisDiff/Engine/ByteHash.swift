/// A fast, non-cryptographic 64-bit hash of byte runs, read eight bytes at a time.
enum ByteHash {
    /// `hash` combined with the `length` bytes at `start`.
    @inline(__always)
    static func mix(_ hash: UInt64, _ start: UnsafePointer<UInt8>, _ length: Int) -> UInt64 {
        mix(hash, start, length, readable: length)
    }

    /// ``mix(_:_:_:)`` of the `length` bytes at `start`, the same value, when at least
    /// `readable` bytes from `start` may be read: the last (fewer than eight) bytes are then
    /// read as one eight-byte word and masked, not byte by byte. Words of a text are mostly
    /// shorter than eight bytes, so that is most of the work.
    @inline(__always)
    static func mix(_ hash: UInt64, _ start: UnsafePointer<UInt8>, _ length: Int, readable: Int) -> UInt64 {
        var hash = hash
        var i = 0
        while i + 8 <= length {
            hash = (hash ^ UnsafeRawPointer(start + i).loadUnaligned(as: UInt64.self)) &* 0xBF58_476D_1CE4_E5B9
            hash ^= hash >> 31
            i += 8
        }
        var tail: UInt64 = 0
        let left = length - i
        if left > 0 {
            if readable - i >= 8 {
                let word = UInt64(littleEndian: UnsafeRawPointer(start + i).loadUnaligned(as: UInt64.self))
                tail = word & ((1 << UInt64(left * 8)) &- 1)
            } else {
                var shift: UInt64 = 0
                while i < length {
                    tail |= UInt64(start[i]) << shift
                    shift += 8
                    i += 1
                }
            }
        }
        hash = (hash ^ tail ^ (UInt64(truncatingIfNeeded: length) << 56)) &* 0x94D0_49BB_1331_11EB
        return hash ^ (hash >> 29)
    }
}
