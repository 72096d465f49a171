/// Writes values in the SSH wire encoding (RFC 4251).
struct SSHWireWriter {
    private(set) var bytes: [UInt8] = []

    init() {}

    /// Appends raw bytes with no length prefix.
    mutating func writeRaw(_ raw: some Sequence<UInt8>) {
        bytes.append(contentsOf: raw)
    }

    /// Appends a 4-byte big-endian unsigned integer.
    mutating func writeUInt32(_ value: UInt32) {
        bytes.append(UInt8(truncatingIfNeeded: value >> 24))
        bytes.append(UInt8(truncatingIfNeeded: value >> 16))
        bytes.append(UInt8(truncatingIfNeeded: value >> 8))
        bytes.append(UInt8(truncatingIfNeeded: value))
    }

    /// Appends a length-prefixed byte string.
    mutating func writeString(_ value: [UInt8]) {
        writeUInt32(UInt32(truncatingIfNeeded: value.count))
        bytes.append(contentsOf: value)
    }

    /// Appends a length-prefixed UTF-8 string.
    mutating func writeString(_ value: String) {
        writeString(Array(value.utf8))
    }
}
