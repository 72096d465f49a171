import Foundation
import LegisAmendments
import LegisDocument
import LegisExchange
import LegisTestSupport
import Testing

@Suite("Amendments table as DOCX")
struct AmendmentTableDocxTests {
    static let rows = [
        AmendmentTableRow(
            number: 1, title: "Five years", provision: "art-2/par-2",
            before: "(2) The register is public for three years.\n",
            after: "(2) The register is public for five years.\n", sponsors: ["Safe Home", "Ana Jurist"],
            rationale: "Registers are kept longer.\nAs in the Convention.", decision: "Tabled"),
        AmendmentTableRow(
            number: 2, title: "Appeals", provision: "art-2a", before: "",
            after: "### Article 2a — Appeals\n\n(1) Refusals may be appealed.\n", sponsors: ["Safe Home"],
            rationale: "A remedy is needed.", decision: "Adopted with changes: shorter"),
    ]

    static func docx(_ rows: [AmendmentTableRow] = rows, author: RevisionAuthor = Fixtures.author) throws -> [UInt8] {
        try AmendmentTableDocx.docx(
            rows, title: "Amendments to the Law on registers", profile: StructureProfile.named("en"),
            authors: [1: author], fallback: RevisionAuthor(name: "Legis", date: author.date),
            properties: DocxProperties(title: "Amendments", modified: author.date))
    }

    @Test func aRowPerProvisionWithTheProposedTextAsTrackedChanges() throws {
        let xml = try XMLChecks.documentXML(try Self.docx())
        let checks = try #require(XMLChecks.parse(xml))
        #expect(checks.elements["w:tbl"] == 1)
        #expect(checks.elements["w:tr"] == 3)
        #expect(checks.elements["w:tc"] == 21)
        #expect(checks.elements["w:del"] == 1 && (checks.elements["w:ins"] ?? 0) >= 3)
        #expect(Set(checks.revisionIDs).count == checks.revisionIDs.count)
        #expect(checks.authors == [Fixtures.author.name, "Legis"])
        let paragraphs = try WordParagraph.read(xml)
        #expect(
            paragraphs.contains {
                $0.rejected == "(2) The register is public for three years."
                    && $0.accepted == "(2) The register is public for five years."
            })
        #expect(
            paragraphs.contains {
                $0.style == "LegisCellHeading" && $0.accepted == "Article 2a — Appeals" && $0.rejected.isEmpty
            })
        #expect(paragraphs.contains { $0.accepted == "Article 2(2)" })
        #expect(paragraphs.first?.style == "Title")
    }

    @Test(.enabled(if: ExternalTool.shouldRun("pandoc"), "pandoc is not installed"))
    func pandocReadsTheRows() throws {
        let folder = try TemporaryFolder()
        let file = try Fixtures.write(try Self.docx(), "table.docx", in: folder)
        let accepted = try Tool.run("pandoc", ["-f", "docx", "-t", "plain", "--wrap=none", file], in: folder.path)
        #expect(accepted.status == 0, "\(accepted.error)")
        for text in [
            "No.", "Text proposed", "Article 2(2)", "public for five years", "Safe Home, Ana Jurist",
            "Registers are kept longer.", "Tabled", "Article 2a", "Refusals may be appealed.",
            "Adopted with changes: shorter",
        ] {
            #expect(accepted.output.contains(text), "\(text) in \(accepted.output)")
        }
        let rejected = try Tool.run(
            "pandoc", ["-f", "docx", "--track-changes=reject", "-t", "plain", "--wrap=none", file], in: folder.path)
        #expect(!rejected.output.contains("public for five years"))
        #expect(!rejected.output.contains("Refusals may be appealed."))
    }

    @Test(
        .enabled(if: ExternalTool.shouldRun("soffice"), "LibreOffice is not installed"), .timeLimit(.minutes(5)))
    func libreOfficeConvertsTheTable() throws {
        let folder = try TemporaryFolder()
        let file = try Fixtures.write(try Self.docx(), "table.docx", in: folder)
        let result = try Tool.run(
            "soffice",
            [
                "-env:UserInstallation=file://\(folder.path)/profile", "--headless", "--convert-to", "txt", "--outdir",
                folder.file("out"), file,
            ], in: folder.path)
        #expect(result.status == 0, "\(result.error)")
        let text = try String(contentsOfFile: folder.file("out/table.txt"), encoding: .utf8)
        #expect(text.contains("Amendments to the Law on registers"))
        #expect(text.contains("Article 2(2)"))
        #expect(text.contains("Adopted with changes: shorter"))
    }

    @Test func hostileTitlesRationalesSponsorsAndDecisionsStayWellFormed() throws {
        let hostile = "Tom & <Jerry> \"q\" ]]> \u{1}\u{8}\u{B}\u{C}\u{1F}\u{FFFE}\u{FFFF}\u{7F} end"
        let rows = [
            AmendmentTableRow(
                number: 1, title: hostile, provision: hostile, before: "(1) \(hostile)\n",
                after: "(1) \(hostile) more\n",
                sponsors: [hostile, hostile], rationale: "\(hostile)\n\n\(hostile)", decision: hostile),
            AmendmentTableRow(
                number: 2, title: hostile, provision: "", before: "\u{0}\(hostile)", after: hostile, sponsors: [],
                rationale: "", decision: ""),
        ]
        let docx = try Self.docx(rows, author: RevisionAuthor(name: hostile, date: Fixtures.author.date))
        let zip = try ZipReader(docx, name: "hostile.docx")
        for part in zip.paths where part.hasSuffix(".xml") || part.hasSuffix(".rels") {
            let xml = String(decoding: try zip.part(part) ?? [], as: UTF8.self)
            #expect(XMLChecks.parse(xml) != nil, "\(part) is not well-formed")
        }
        let checks = try #require(XMLChecks.parse(try XMLChecks.documentXML(docx)))
        #expect(checks.text.contains("Tom & <Jerry>"))
        #expect(checks.elements["w:tr"] == 3)
    }
}
