extension ByteClass {
    /// The text of `bytes[range]`, where `bytes` is valid UTF-8.
    ///
    /// When the range starts and ends on character boundaries its bytes are valid UTF-8 too, and
    /// the string is made without validating them again; otherwise invalid pieces become U+FFFD.
    package static func string(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        let slice = UnsafeBufferPointer(rebasing: bytes[range])
        guard !isContinuation(bytes, range.lowerBound), !isContinuation(bytes, range.upperBound)
        else { return String(decoding: slice, as: UTF8.self) }
        // Strings of up to ten bytes are stored inline on every platform and find out for
        // themselves whether they are ASCII.
        return text(ofValid: slice, isASCII: slice.count > 10 && isASCII(slice))
    }

    /// The text of `bytes`, which must be valid UTF-8 (all ASCII when `isASCII`), made without
    /// validating them again where the standard library allows it.
    static func text(ofValid bytes: UnsafeBufferPointer<UInt8>, isASCII: Bool) -> String {
        if #available(macOS 26, iOS 26, watchOS 26, tvOS 26, visionOS 26, *) {
            // Safe: every caller passes bytes already checked to be valid UTF-8.
            return String(copying: unsafe UTF8Span(unchecked: bytes.span, isKnownASCII: isASCII))
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Whether every byte of `bytes` is ASCII; eight bytes at a time.
    static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let raw = UnsafeRawPointer(base)
        let count = bytes.count
        var index = 0
        var high: UInt64 = 0
        while index + 8 <= count {
            high |= raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            index += 8
        }
        while index < count {
            high |= UInt64(bytes[index])
            index += 1
        }
        return high & 0x8080_8080_8080_8080 == 0
    }

    /// Whether the byte at `index` continues a multi-byte character (`false` past the end).
    private static func isContinuation(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        index < bytes.count && bytes[index] & 0xC0 == 0x80
    }
}
