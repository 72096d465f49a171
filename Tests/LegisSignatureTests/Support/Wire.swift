/// Builds SSH wire-encoded test blobs.
struct Wire {
    var bytes: [UInt8] = []

    mutating func raw(_ value: [UInt8]) { bytes += value }

    mutating func uint32(_ value: UInt32) {
        bytes += [UInt8(value >> 24 & 0xFF), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)]
    }

    mutating func string(_ value: [UInt8]) {
        uint32(UInt32(value.count))
        bytes += value
    }

    mutating func string(_ value: String) { string(Array(value.utf8)) }
}
