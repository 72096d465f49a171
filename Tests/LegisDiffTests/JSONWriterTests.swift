import Foundation
import LegisDocument
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

    @Test func pathsAreWrittenAsTheirDescription() throws {
        let paths: [ProvisionPath?] = [
            ProvisionPath("art-5/par-2/let-a"), ProvisionPath("art-1631d"), ProvisionPath(components: []),
            ProvisionPath(components: ["§ 3", "Abs. \"2\"", "tab\there"]), nil,
        ]
        for path in paths {
            var out = JSONWriter(capacity: 0)
            out.path(path)
            guard let path else {
                #expect(out.bytes == Array("null".utf8))
                continue
            }
            let decoded = try JSONSerialization.jsonObject(with: Data(out.bytes), options: .fragmentsAllowed)
            #expect((decoded as? String) == path.description)
        }
    }
}
