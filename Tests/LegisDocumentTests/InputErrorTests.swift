import LegisDocument
import Testing

@Suite("Bad input")
struct InputErrorTests {
    /// The error thrown by parsing `bytes`, if any.
    private func failure(_ bytes: [UInt8]) -> DocumentError? {
        do {
            _ = try DocumentParser().parse(bytes: bytes)
            return nil
        } catch {
            return error
        }
    }

    @Test(
        "invalid UTF-8 names the byte offset and the line",
        arguments: [
            ([0xFF], 0),  // never valid
            ([0xC0, 0x80], 0),  // overlong
            ([0xED, 0xA0, 0x80], 0),  // surrogate
            ([0xE2, 0x82], 0),  // truncated at the end
            ([0xF4, 0x90, 0x80, 0x80], 0),  // above U+10FFFF
        ] as [([UInt8], Int)])
    func invalidUTF8(sequence: [UInt8], _: Int) throws {
        let bytes = Array("Article 1\nok ".utf8) + sequence + Array(" more\n".utf8)
        let error = try #require(failure(bytes))
        #expect(error.reason == .invalidUTF8)
        #expect(error.offset == 13)
        #expect(error.line == 2)
        #expect(error.message.contains("line 2"))
        #expect(error.message.contains("offset 13"))
    }

    @Test("valid multi-byte UTF-8 passes")
    func validUTF8() throws {
        let text = "Secțiunea 1\n§ 1631d — 7¹ 😀\n"
        let document = try DocumentParser().parse(bytes: Array(text.utf8))
        #expect(document.source == text)
    }

    @Test("a NUL byte marks binary input, in bytes and in text")
    func nul() throws {
        let bytes = Array("one\ntwo\nth".utf8) + [0] + Array("ree".utf8)
        let fromBytes = try #require(failure(bytes))
        #expect(fromBytes.reason == .binaryContent)
        #expect(fromBytes.offset == 10)
        #expect(fromBytes.line == 3)
        #expect(fromBytes.message.contains("line 3"))
        #expect {
            try DocumentParser().parse("one\ntwo\nth\u{0}ree")
        } throws: { error in
            (error as? DocumentError)?.reason == .binaryContent
                && (error as? DocumentError)?.line == 3
        }
    }

    @Test("input larger than the maximum size is refused")
    func oversize() throws {
        let bytes = [UInt8](repeating: 0x61, count: Document.maximumSize + 1)
        let error = try #require(failure(bytes))
        #expect(error.reason == .tooLarge)
        #expect(error.message.contains("8 MiB"))
        #expect(throws: DocumentError.self) {
            try DocumentParser().parse(String(decoding: bytes, as: UTF8.self))
        }
        #expect(Document.maximumSize == 8 * 1024 * 1024)
    }

    @Test("an unknown language is refused by Document.parse")
    func unknownLanguage() {
        #expect {
            try Document.parse("Text", language: "xx")
        } throws: { error in
            (error as? DocumentError)?.reason == .unknownLanguage
        }
    }
}
