import Testing

@testable import LegisDiff

@Suite("The lines of a marked text, cut at line-feed bytes")
struct MarkedLinesTests {
    @Test func linesAreCutAtEachLineFeedAndKeepTheirCarriageReturns() {
        var lines = MarkedLines()
        lines.add("one\r\ntwo ", marked: false)
        lines.add("Straße\n€ neu", marked: true, at: (old: false, offset: 10))
        lines.add("\n  \n", marked: false)
        let built = lines.finish()
        #expect(built.lines == ["one\r", "two Straße", "€ neu", "  ", ""])
        #expect(built.changed == [false, true, true, false, false])
        #expect(built.plain == [true, true, false, false, false])
        #expect(built.anchors[0] == nil)
        #expect(built.anchors[1]?.offset == 10)
        // The second line of the change starts after "Straße\n", counted in bytes.
        #expect(built.anchors[2]?.offset == 10 + "Straße\n".utf8.count)
        #expect(built.anchors[2]?.old == false)
    }

    @Test func anEmptyMarkedPieceMarksItsLineWithoutAnAnchor() {
        var lines = MarkedLines()
        lines.add("text", marked: false)
        lines.add("", marked: true, at: (old: true, offset: 4))
        let built = lines.finish()
        #expect(built.lines == ["text"])
        #expect(built.changed == [true])
        #expect(built.anchors[0] == nil)
    }

    @Test(arguments: [[], [""], ["a"], ["a", "", "b"], ["Straße", "€", "𝔘"]])
    func joinedTextIsTheStandardJoin(_ parts: [String]) {
        #expect(parts.joinedText(separator: "\n") == parts.joined(separator: "\n"))
        #expect(parts.joinedText(separator: ", ") == parts.joined(separator: ", "))
    }
}
