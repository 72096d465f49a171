import Foundation
import LegisDocument
import Testing

@testable import LegisDiff

/// A large redline's JSON is written in two halves on two threads; it must read back whole.
@Suite struct JSONHalvesTests {
    private struct Output: Decodable {
        struct Item: Decodable {
            var op: String
            var text: String
        }
        struct Change: Decodable {
            var kind: String
            var old: String?
            var new: String?
        }
        struct Stats: Decodable {
            var insertedWords: Int
            var deletedWords: Int
        }
        var segments: [Item]
        var provisions: [Change]
        var stats: Stats
    }

    @Test func largeRedlineReadsBackSegmentBySegment() throws {
        let old = try Document.parse(try Corpus.text("bgb/bgb-2013-01-11.md"))
        let new = try Document.parse(try Corpus.text("bgb/bgb-2018-11-08.md"))
        let redline = DocumentDiff.compare(old, new)
        let bytes = redline.json()
        #expect(bytes.count >= Redline.parallelJSONSize)
        let output = try JSONDecoder().decode(Output.self, from: Data(bytes))
        #expect(output.segments.count == redline.segments.count)
        #expect(output.segments.map(\.op) == redline.segments.map(\.op.rawValue))
        #expect(output.segments.map(\.text) == redline.segments.map(\.text))
        #expect(output.provisions.map(\.kind) == redline.provisions.map(\.kind.rawValue))
        #expect(output.provisions.map(\.new) == redline.provisions.map { $0.newPath?.description })
        #expect(output.stats.insertedWords == redline.stats.insertedWords)
        #expect(output.stats.deletedWords == redline.stats.deletedWords)
    }
}
