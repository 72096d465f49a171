import Testing

@testable import LegisDocument

/// The byte-level fast paths agree with the plain, byte-by-byte way of doing the same thing.
@Suite("Byte scanning")
struct ByteScanningTests {
    /// Characters and faults placed in ASCII text: valid ones of two to four bytes, and the
    /// kinds of invalid UTF-8.
    static let pieces: [[UInt8]] = [
        [0xC3, 0xA4],  // ä
        [0xC2, 0xA7],  // §
        [0xE2, 0x80, 0x94],  // —
        [0xF0, 0x9F, 0x98, 0x80],  // 😀
        [0xC3, 0xA4, 0xC3, 0xB6, 0xC3, 0xBC, 0xC3, 0x9F],  // äöüß, one word of eight bytes
        [0xFF],  // never valid
        [0x80],  // a continuation byte alone
        [0xC0, 0x80],  // overlong
        [0xC1, 0xBF],  // overlong
        [0xC3],  // a first byte alone
        [0xC3, 0x41],  // a first byte before ASCII
        [0xC3, 0xA4, 0xA4],  // one continuation byte too many
        [0xED, 0xA0, 0x80],  // surrogate
        [0xF4, 0x90, 0x80, 0x80],  // above U+10FFFF
        [0x00],  // NUL
        [0xC3, 0xA4, 0x00],  // NUL after a character
    ]

    /// What the byte-by-byte validator says of `bytes`.
    private func expected(_ bytes: [UInt8]) -> InputValidator.Verdict {
        bytes.withUnsafeBufferPointer { buffer in
            do {
                try InputValidator.validate(buffer)
                return buffer.allSatisfy { $0 < 0x80 } ? .ascii : .unicode
            } catch {
                return .rejected
            }
        }
    }

    @Test("the one-pass check agrees with the validator wherever a piece falls", arguments: pieces)
    func checkAgrees(piece: [UInt8]) {
        for offset in 0..<20 {
            for trailing in [0, 1, 7, 8, 9, 30] {
                let bytes =
                    [UInt8](repeating: 0x61, count: offset) + piece
                    + [UInt8](repeating: 0x62, count: trailing)
                let found = bytes.withUnsafeBufferPointer { InputValidator.check($0) }
                #expect(found == expected(bytes), "piece \(piece) at \(offset), \(trailing) after")
            }
        }
    }

    @Test("the check tells ASCII from other text, and passes the empty text")
    func checkASCII() {
        let ascii = Array("Article 1\n(1) The text.\n".utf8)
        #expect(ascii.withUnsafeBufferPointer { InputValidator.check($0) } == .ascii)
        let german = Array("§ 1\nDie Rechtsfähigkeit des Menschen\n".utf8)
        #expect(german.withUnsafeBufferPointer { InputValidator.check($0) } == .unicode)
        #expect([UInt8]().withUnsafeBufferPointer { InputValidator.check($0) } == .ascii)
    }

    @Test("a line ends at the first newline, or at the end")
    func lineEnd() {
        for length in 0..<40 {
            for tail in ["", "\n", "\nmore\n", "x"] {
                let bytes = Array(String(repeating: "w", count: length).utf8) + Array(tail.utf8)
                let end = bytes.withUnsafeBufferPointer { ByteClass.lineEnd($0, 0, $0.count) }
                #expect(end == (bytes.firstIndex(of: 0x0A) ?? bytes.count))
            }
        }
        let bytes = Array("ab\ncd\nef".utf8)
        #expect(bytes.withUnsafeBufferPointer { ByteClass.lineEnd($0, 3, $0.count) } == 5)
        #expect(bytes.withUnsafeBufferPointer { ByteClass.lineEnd($0, 6, 7) } == 7)
    }

    @Test("text cut from valid UTF-8 is the same as decoded, cut through a character or not")
    func strings() {
        let bytes = Array("a§ Rechtsfähigkeit — 7¹ and a long heading of the provision".utf8)
        bytes.withUnsafeBufferPointer { buffer in
            for start in 0..<buffer.count {
                for end in start...buffer.count {
                    let made = ByteClass.string(buffer, start..<end)
                    let decoded = String(decoding: buffer[start..<end], as: UTF8.self)
                    #expect(made == decoded)
                    #expect(Array(made.utf8) == Array(decoded.utf8))
                }
            }
        }
    }

    @Test("strings made without validation know whether they are ASCII")
    func asciiFlags() {
        guard #available(macOS 26, iOS 26, watchOS 26, tvOS 26, visionOS 26, *) else { return }
        let bytes = Array("short §1 and a rather longer piece of ASCII text, then ä at last".utf8)
        bytes.withUnsafeBufferPointer { buffer in
            for start in stride(from: 0, to: buffer.count, by: 3) {
                for end in start...buffer.count where !(start..<end).isEmpty {
                    let made = ByteClass.string(buffer, start..<end)
                    #expect(made.utf8Span.isKnownASCII == made.utf8.allSatisfy { $0 < 0x80 })
                }
            }
        }
    }
}
