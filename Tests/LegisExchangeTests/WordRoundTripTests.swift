import Foundation
import LegisDiff
import LegisDocument
import LegisExchange
import LegisTestSupport
import Testing

@Suite("Word in and out")
struct WordRoundTripTests {
    @Test func anExportReadBackHasTheSameWordingAndStructure() throws {
        let files = Fixtures.proposals.flatMap(\.drafts) + Fixtures.corpus.prefix(1)
        #expect(files.count >= 9)
        for file in files {
            let original = try Fixtures.document(file)
            let docx = try DocxWriter.document(original, properties: Fixtures.properties(original))
            let result = try WordImport.markdown(fromDocx: docx, name: file, acceptChanges: false)
            let back = try Document.parse(result.markdown)
            #expect(Fixtures.bodyWords(back) == Fixtures.bodyWords(original), "\(file)")
            #expect(back.allProvisions.map(\.path) == original.allProvisions.map(\.path), "\(file)")
            #expect(back.frontMatter.title == original.frontMatter.title)
            #expect(back.frontMatter.kind == original.frontMatter.kind)
            #expect(result.leftOut.isEmpty)
        }
    }

    @Test func unacceptedTrackedChangesAreRefusedAndCanBeTakenAsAccepted() throws {
        let proposal = try #require(Fixtures.proposals.first)
        let old = try Fixtures.document(proposal.drafts[0])
        let new = try Fixtures.document(proposal.drafts[1])
        let docx = try DocxWriter.redline(
            DocumentDiff.compare(old, new), old: old, new: new,
            attribution: RevisionAttribution(fallback: Fixtures.author), properties: Fixtures.properties(new))
        #expect {
            try WordImport.markdown(fromDocx: docx, name: "redline.docx", acceptChanges: false)
        } throws: { error in
            (error as? ExchangeError)?.reason == .unacceptedChanges
                && "\(error)".contains("redline.docx") && "\(error)".contains("--accept-changes")
        }
        let accepted = try WordImport.markdown(fromDocx: docx, name: "redline.docx", acceptChanges: true)
        #expect(accepted.acceptedChanges > 0)
        let back = try Document.parse(accepted.markdown)
        #expect(Fixtures.bodyWords(back) == Fixtures.bodyWords(new))
        #expect(back.allProvisions.map(\.path) == new.allProvisions.map(\.path))
    }

    @Test func headingStylesNumberingTablesAndWhatIsLeftOut() throws {
        let w = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
        func p(_ text: String, style: String? = nil, num: (Int, Int)? = nil, extra: String = "") -> String {
            var props = style.map { "<w:pStyle w:val=\"\($0)\"/>" } ?? ""
            if let (id, level) = num {
                props += "<w:numPr><w:ilvl w:val=\"\(level)\"/><w:numId w:val=\"\(id)\"/></w:numPr>"
            }
            return "<w:p><w:pPr>\(props)</w:pPr>\(extra)<w:r><w:t xml:space=\"preserve\">\(text)</w:t></w:r></w:p>"
        }
        let body = [
            p("Lege privind &lt;agenţiile&gt;", style: "Titlu"),
            p("CAPITOLUL I Dispoziţii generale", style: "Titlu1"),
            p("Articolul 1"),
            p("Prezenta lege reglementează:", extra: "<w:r><w:commentReference w:id=\"0\"/></w:r>"),
            p("licenţierea agenţiilor;", num: (1, 0)),
            p("registrul public;", num: (1, 0)),
            p("detalii", num: (1, 1)),
            p(
                "Art. 2. - (1) Text cu imagine",
                extra: "<w:r><w:drawing><a:t xmlns:a=\"urn:a\">hidden</a:t></w:drawing></w:r>"),
            "<w:tbl><w:tr><w:tc>\(p("A"))</w:tc><w:tc>\(p("B | C"))</w:tc></w:tr><w:tr><w:tc>\(p("1"))</w:tc><w:tc>\(p("2"))</w:tc></w:tr></w:tbl>",
        ].joined()
        let styles = """
            <w:styles \(w)><w:style w:type="paragraph" w:styleId="Titlu"><w:name w:val="Title"/></w:style>\
            <w:style w:type="paragraph" w:styleId="Titlu1"><w:name w:val="heading 1"/></w:style></w:styles>
            """
        let numbering = """
            <w:numbering \(w)><w:abstractNum w:abstractNumId="7"><w:lvl w:ilvl="0"><w:start w:val="1"/>\
            <w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%1)"/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/>\
            <w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/></w:lvl></w:abstractNum>\
            <w:num w:numId="1"><w:abstractNumId w:val="7"/></w:num></w:numbering>
            """
        var zip = ZipWriter()
        zip.add("word/document.xml", text: "<w:document \(w)><w:body>\(body)</w:body></w:document>")
        zip.add("word/styles.xml", text: styles)
        zip.add("word/numbering.xml", text: numbering)
        let result = try WordImport.markdown(fromDocx: try zip.archive(), name: "lege.docx", acceptChanges: false)
        let expected = """
            ---
            title: "Lege privind <agenţiile>"
            ---

            # Lege privind <agenţiile>

            ## CAPITOLUL I Dispoziţii generale

            ### Articolul 1

            Prezenta lege reglementează:

            a) licenţierea agenţiilor;

            b) registrul public;

            1. detalii

            Art. 2. - (1) Text cu imagine

            | A | B \\| C |
            |---|---|
            | 1 | 2 |

            """
        #expect(result.markdown == expected)
        #expect(result.leftOut == ["1 comments", "1 images and drawings"])
        let document = try Document.parse(result.markdown)
        #expect(document.allProvisions.map(\.path.description).contains("art-2/par-1"))
        #expect(document.allProvisions.map(\.path.description).contains("art-1/let-b"))
    }

    @Test func filesThatAreNotWordDocumentsAreRefusedWithTheReason() throws {
        #expect {
            try WordImport.markdown(fromDocx: Array("plain text".utf8), name: "notes.docx", acceptChanges: false)
        } throws: { ($0 as? ExchangeError)?.reason == .notAPackage }
        var zip = ZipWriter()
        zip.add("word/document.xml", text: "<w:document xmlns:w=\"x\"><w:body><w:p></w:body>")
        #expect {
            try WordImport.markdown(fromDocx: try zip.archive(), name: "broken.docx", acceptChanges: false)
        } throws: { ($0 as? ExchangeError)?.reason == .malformedXML && "\($0)".contains("broken.docx") }
        var other = ZipWriter()
        other.add("content.xml", text: "<x/>")
        #expect {
            try WordImport.markdown(fromDocx: try other.archive(), name: "sheet.odt", acceptChanges: false)
        } throws: { ($0 as? ExchangeError)?.reason == .notAPackage }
    }
}
