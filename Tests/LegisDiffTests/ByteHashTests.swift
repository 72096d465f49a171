import Testing

@testable import LegisDiff

/// The hash read eight bytes at a time up to the end of a run gives the value read byte by byte.
@Suite struct ByteHashTests {
    @Test func readingTheTailAsOneWordGivesTheSameHash() {
        var state: UInt64 = 0x1234_5678_9ABC_DEF0
        func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 11
        }
        let bytes = (0..<4096).map { _ in UInt8(truncatingIfNeeded: next()) }
        bytes.withUnsafeBufferPointer { buffer in
            let base = buffer.baseAddress!
            for _ in 0..<20_000 {
                let length = Int(next() % 41)
                let start = Int(next() % UInt64(buffer.count - length + 1))
                let seed = next()
                let byteByByte = ByteHash.mix(seed, base + start, length)
                // Up to the end of the buffer, and exactly to the end of the run.
                #expect(ByteHash.mix(seed, base + start, length, readable: buffer.count - start) == byteByByte)
                #expect(ByteHash.mix(seed, base + start, length, readable: length) == byteByByte)
            }
        }
    }
}

/// Interning gives two tokens one id exactly when their bytes are the same, whatever their
/// length and wherever they lie (the last bytes of a buffer too).
@Suite struct TokenInternerTests {
    @Test func sameBytesSameIdOtherBytesOtherId() {
        var state: UInt64 = 42
        func next() -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33)
        }
        // Few letters, so that tokens repeat and differ in their last byte only.
        let text = (0..<6000).map { _ in UInt8(ascii: "a") + UInt8(next() % 3) }
        var interner = TokenInterner()
        var seen: [[UInt8]: Int32] = [:]
        text.withUnsafeBufferPointer { buffer in
            let base = buffer.baseAddress!
            for _ in 0..<8000 {
                let length = 1 + next() % 18
                let start = next() % (buffer.count - length + 1)
                let token = Array(buffer[start..<(start + length)])
                let id = interner.intern(base + start, length, kind: .word, readable: buffer.count - start)
                if let earlier = seen[token] {
                    #expect(id == earlier, "\(token)")
                } else {
                    #expect(!seen.values.contains(id), "\(token) took an id already given")
                    seen[token] = id
                }
            }
        }
    }
}
