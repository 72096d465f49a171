import Foundation
import LegisDocument
import LegisExchange
import LegisTestSupport
import Testing

@Suite("Akoma Ntoso")
struct AkomaNtosoTests {
    static func identity(_ id: String) -> AkomaNtosoIdentity {
        AkomaNtosoIdentity(
            documentID: id, workDate: Fixtures.author.date, revisionDate: Fixtures.author.date,
            revision: "0123456789abcdef0123456789abcdef01234567", revisionAuthor: Fixtures.author.name,
            exportDate: Fixtures.author.date)
    }

    static func validate(_ xml: String, name: String, in folder: TemporaryFolder) throws -> ToolResult {
        let file = try Fixtures.write(Array(xml.utf8), name, in: folder)
        return try Tool.run("xmllint", ["--noout", "--schema", Fixtures.schema, file], in: folder.path)
    }

    @Test(
        .enabled(
            if: ExternalTool.shouldRun("xmllint"),
            "xmllint is not installed (script/setup --tests installs libxml2-utils)"),
        .timeLimit(.minutes(5)))
    func everyExportOfTheProposalsAndTheCorpusIsSchemaValid() throws {
        #expect(FileManager.default.fileExists(atPath: Fixtures.schema), "the schema is at \(Fixtures.schema)")
        let folder = try TemporaryFolder()
        let files = Fixtures.proposals.flatMap(\.drafts) + Fixtures.corpus
        #expect(files.count >= 12)
        for (index, file) in files.enumerated() {
            let xml = AkomaNtosoWriter.xml(try Fixtures.document(file), identity: Self.identity("doc-\(index)"))
            let result = try Self.validate(xml, name: "export-\(index).xml", in: folder)
            #expect(result.status == 0, "\(file): \(result.error.prefix(2000))")
        }
    }

    @Test func billsAndActsCarryFRBRAndEIdsFromProvisionPaths() throws {
        let file = try #require(Fixtures.proposals.first { $0.name == "labour-recruitment-agencies" }?.drafts.last)
        let document = try Fixtures.document(file)
        let xml = AkomaNtosoWriter.xml(document, identity: Self.identity("labour-recruitment-agencies"))
        let checks = try #require(XMLChecks.parse(xml))
        #expect(xml.contains("<bill name=\"labour-recruitment-agencies\">"))
        #expect(xml.contains("<FRBRuri value=\"/akn/xx/bill/2026-09-21/labour-recruitment-agencies\"/>"))
        #expect(xml.contains("<FRBRversionNumber value=\"0123456789abcdef0123456789abcdef01234567\"/>"))
        #expect(xml.contains("<FRBRlanguage language=\"eng\"/>"))
        #expect(xml.contains("eId=\"art_16__para_2\""))
        #expect(xml.contains("eId=\"chp_I\""))
        let articles = document.allProvisions.filter { $0.kind == .article }.count
        #expect(checks.elements["article"] == articles)
        let law = try Document.parse("---\nkind: law\n---\n\n### Article 1\n\n(1) Text.\n")
        #expect(AkomaNtosoWriter.xml(law, identity: Self.identity("law")).contains("<act name=\"law\">"))
    }

    @Test(.enabled(if: ExternalTool.shouldRun("xmllint"), "xmllint is not installed"))
    func hostileTextStaysValid() throws {
        let hostile = "a & b <c> \"d\" ]]> \u{1}\u{B}\u{1F}\u{FFFE}"
        let document = try Document.parse(
            "---\ntitle: \"a & b <c> ]]>\"\n---\n\n# \(hostile)\n\n\(hostile)\n\n### Article 1 — \(hostile)\n\n(1) \(hostile)\na) \(hostile)\n"
        )
        var identity = Self.identity("x/<y>")
        identity.revisionAuthor = hostile
        let xml = AkomaNtosoWriter.xml(document, identity: identity)
        #expect(XMLChecks.parse(xml) != nil)
        let folder = try TemporaryFolder()
        let result = try Self.validate(xml, name: "hostile.xml", in: folder)
        #expect(result.status == 0, "\(result.error)")
    }
}
