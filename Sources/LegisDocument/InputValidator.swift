#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Checks raw input before parsing: size, UTF-8 validity, no NUL bytes.
enum InputValidator {
    /// Throws unless `bytes` is at most ``Document/maximumSize`` bytes of UTF-8 text without NUL.
    static func validate(_ bytes: UnsafeBufferPointer<UInt8>) throws(DocumentError) {
        try checkSize(bytes.count)
        let count = bytes.count
        var i = 0
        while i < count {
            let byte = bytes[i]
            if byte >= 0x01 && byte < 0x80 {
                i += 1
                continue
            }
            if byte == 0 {
                let line = lineNumber(bytes, at: i)
                throw DocumentError(
                    .binaryContent, line: line, offset: i,
                    message: "line \(line): NUL byte at byte offset \(i): this is a binary file, "
                        + "not text; only UTF-8 text documents can be parsed")
            }
            let length = sequenceLength(bytes, i)
            guard length > 0 else {
                let line = lineNumber(bytes, at: i)
                throw DocumentError(
                    .invalidUTF8, line: line, offset: i,
                    message: "line \(line): invalid UTF-8 at byte offset \(i); "
                        + "save the file as UTF-8 and try again")
            }
            i += length
        }
    }

    /// The offset of the first NUL byte in `bytes`, if there is one.
    static func firstNUL(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let base = bytes.baseAddress, let found = memchr(base, 0, bytes.count) else {
            return nil
        }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    /// Throws if `size` exceeds ``Document/maximumSize``.
    static func checkSize(_ size: Int) throws(DocumentError) {
        guard size <= Document.maximumSize else {
            throw DocumentError(
                .tooLarge,
                message: "the document is \(size) bytes, more than the limit of "
                    + "\(Document.maximumSize) bytes (8 MiB); split it into smaller documents")
        }
    }

    /// The length of the valid UTF-8 sequence of two to four bytes at `index`, or 0 if invalid.
    static func sequenceLength(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Int {
        let lead = bytes[index]
        var length: Int
        var low: UInt8 = 0x80
        var high: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0:
            length = 3
            low = 0xA0
        case 0xE1...0xEC, 0xEE, 0xEF: length = 3
        case 0xED:
            length = 3
            high = 0x9F
        case 0xF0:
            length = 4
            low = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4:
            length = 4
            high = 0x8F
        default: return 0
        }
        guard index + length <= bytes.count else { return 0 }
        let second = bytes[index + 1]
        guard second >= low, second <= high else { return 0 }
        var k = 2
        while k < length {
            guard bytes[index + k] & 0xC0 == 0x80 else { return 0 }
            k += 1
        }
        return length
    }

    /// The 1-based line of byte `offset`.
    static func lineNumber(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Int {
        var line = 1
        var i = 0
        while i < offset {
            if bytes[i] == ByteClass.newline { line += 1 }
            i += 1
        }
        return line
    }
}
