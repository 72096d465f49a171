import Testing

@testable import LegisDiff

@Suite("JSON written by hand")
struct JSONWriterTests {
    @Test(arguments: [0, 7, 10, 99, 100, 1_234_567, -1, -40, Int.max, Int.min])
    func numbersAreWrittenAsSwiftWritesThem(_ value: Int) {
        var out = JSONWriter(capacity: 0)
        out.raw("[")
        out.number(value)
        out.raw("]")
        #expect(String(decoding: out.bytes, as: UTF8.self) == "[\(value)]")
    }
}
