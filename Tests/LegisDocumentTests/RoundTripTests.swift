import Foundation
import LegisDocument
import Testing

@Suite("Lossless round trip")
struct RoundTripTests {
    @Test(
        "every BGB file renders back byte for byte",
        arguments: ["2012-12-02", "2013-01-11", "2018-11-08"])
    func corpus(date: String) throws {
        let text = try Fixtures.bgb(date)
        let document = try DocumentParser().parse(text)
        #expect(document.render() == text)
        #expect(Array(document.render().utf8) == Array(text.utf8))
        try expectCoverage(document)
    }

    @Test("every proposal renders back byte for byte")
    func proposals() throws {
        let files = Fixtures.markdownFiles(under: Fixtures.root.appendingPathComponent("proposals"))
        for file in files {
            let data = try Data(contentsOf: file)
            let document = try DocumentParser().parse(bytes: Array(data))
            #expect(Array(document.render().utf8) == Array(data), "\(file.lastPathComponent)")
            try expectCoverage(document)
        }
    }

    @Test(
        "odd inputs render back too",
        arguments: [
            "", "\n", "no newline at end", "---\ntitle: x\n---", "\r\n(1) a\r\n(2) b\r\n",
            "# Heading\n\n\n\nArticle 1\n\ntext\n   \n",
            "\u{FEFF}---\ntitle: BOM\n---\nArt. 1. - (1) x",
        ])
    func odd(text: String) throws {
        let document = try DocumentParser().parse(text)
        #expect(document.render() == text)
        try expectCoverage(document)
    }

    /// Blocks are contiguous from 0 to the end; provision ranges nest and own ranges tile the body.
    private func expectCoverage(_ document: Document) throws {
        var position = 0
        for block in document.blocks {
            #expect(block.range.lowerBound == position)
            position = block.range.upperBound
        }
        #expect(position == document.source.utf8.count)

        var owned = [document.preambleRange]
        for provision in document.allProvisions {
            owned.append(provision.ownRange)
            for child in provision.children {
                #expect(provision.range.contains(child.range.lowerBound))
                #expect(child.range.upperBound <= provision.range.upperBound)
            }
        }
        owned.sort { $0.lowerBound < $1.lowerBound }
        var cursor = document.bodyStart
        for range in owned {
            #expect(range.lowerBound == cursor)
            cursor = range.upperBound
        }
        #expect(cursor == document.source.utf8.count)
    }
}
