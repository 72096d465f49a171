/// Reads values in the SSH wire encoding (RFC 4251): big-endian integers and length-prefixed strings.
struct SSHWireReader {
    /// Why a read failed.
    enum Failure: Error, Sendable, Equatable {
        /// The data ended before the named field was complete.
        case truncated(field: String)
        /// A string field did not hold valid UTF-8.
        case notUTF8(field: String)
    }

    private let bytes: [UInt8]
    private(set) var offset: Int

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        self.offset = 0
    }

    /// Whether every byte has been read.
    var isAtEnd: Bool { offset == bytes.count }

    /// The number of bytes left to read.
    var remaining: Int { bytes.count - offset }

    /// Reads `count` raw bytes.
    mutating func readBytes(_ count: Int, field: String) throws(Failure) -> [UInt8] {
        guard count >= 0, count <= remaining else { throw .truncated(field: field) }
        let slice = Array(bytes[offset..<(offset + count)])
        offset += count
        return slice
    }

    /// Reads a 4-byte big-endian unsigned integer.
    mutating func readUInt32(field: String) throws(Failure) -> UInt32 {
        guard remaining >= 4 else { throw .truncated(field: field) }
        var value: UInt32 = 0
        for index in offset..<(offset + 4) {
            value = (value << 8) | UInt32(bytes[index])
        }
        offset += 4
        return value
    }

    /// Reads a length-prefixed byte string.
    mutating func readString(field: String) throws(Failure) -> [UInt8] {
        let length = try readUInt32(field: field)
        guard UInt64(length) <= UInt64(remaining) else { throw .truncated(field: field) }
        return try readBytes(Int(length), field: field)
    }

    /// Reads a length-prefixed string that must be UTF-8 text.
    mutating func readText(field: String) throws(Failure) -> String {
        let raw = try readString(field: field)
        guard let text = String(validating: raw, as: UTF8.self) else { throw .notUTF8(field: field) }
        return text
    }
}

extension SSHWireReader.Failure {
    /// A short description for error messages.
    var summary: String {
        switch self {
        case .truncated(let field): "truncated in field '\(field)'"
        case .notUTF8(let field): "not UTF-8 in field '\(field)'"
        }
    }
}
