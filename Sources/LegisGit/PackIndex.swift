/// A pack's index (`.idx`, version 2, SHA-1): where in its pack each object begins.
///
/// Layout: a 4-byte signature and the version, 256 cumulative counts by first byte (fan-out),
/// the sorted object names, a CRC per object, a 4-byte offset per object (the high bit set means
/// "see the 8-byte table that follows"), the 8-byte offsets, then two checksums.
struct PackIndex: Sendable {
    private let file: MappedFile
    /// How many objects the pack holds.
    let count: Int

    private static let fanOutStart = 8
    private static let namesStart = fanOutStart + 256 * 4
    private static let nameSize = 20

    /// Reads the index mapped in `file`; nil for anything but a well-formed version 2 index.
    init?(_ file: MappedFile) {
        let bytes = file.bytes
        guard bytes.count >= Self.namesStart + 40, bytes.bigEndianUInt32(at: 0) == 0xff74_4f63,
            bytes.bigEndianUInt32(at: 4) == 2
        else { return nil }
        let count = Int(bytes.bigEndianUInt32(at: Self.fanOutStart + 255 * 4))
        guard bytes.count >= Self.namesStart + count * (Self.nameSize + 8) + 40 else { return nil }
        self.file = file
        self.count = count
    }

    /// Where the object `name` (its 20 bytes) begins in the pack; nil when the pack does not hold it.
    func offset(of name: UnsafeRawBufferPointer) -> Int? {
        let bytes = file.bytes
        let first = Int(name[0])
        var low = first == 0 ? 0 : Int(bytes.bigEndianUInt32(at: Self.fanOutStart + (first - 1) * 4))
        var high = Int(bytes.bigEndianUInt32(at: Self.fanOutStart + first * 4))
        guard low <= high, high <= count else { return nil }
        while low < high {
            let middle = (low + high) / 2
            let order = compare(name, Self.namesStart + middle * Self.nameSize)
            if order == 0 { return offset(at: middle) }
            if order > 0 { low = middle + 1 } else { high = middle }
        }
        return nil
    }

    /// The pack offset of the object at `position` in the sorted names.
    private func offset(at position: Int) -> Int? {
        let bytes = file.bytes
        let offsetsStart = Self.namesStart + count * (Self.nameSize + 4)
        let small = bytes.bigEndianUInt32(at: offsetsStart + position * 4)
        guard small & 0x8000_0000 != 0 else { return Int(small) }
        let large = offsetsStart + count * 4 + Int(small & 0x7fff_ffff) * 8
        guard large + 8 <= bytes.count - 40 else { return nil }
        let value = UInt64(bytes.bigEndianUInt32(at: large)) << 32 | UInt64(bytes.bigEndianUInt32(at: large + 4))
        return value < UInt64(Int.max) ? Int(value) : nil
    }

    /// `name` compared with the name stored at `start`: negative, zero or positive.
    private func compare(_ name: UnsafeRawBufferPointer, _ start: Int) -> Int {
        let bytes = file.bytes
        for index in 0..<Self.nameSize where name[index] != bytes[start + index] {
            return Int(name[index]) - Int(bytes[start + index])
        }
        return 0
    }
}
