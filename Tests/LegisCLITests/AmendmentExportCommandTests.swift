import Foundation
import LegisTestSupport
import Testing

@testable import legis

/// `amendment show --format akn` and `amendments --format table-docx`, run as a user runs them.
@Suite("Command line, amendments exported")
struct AmendmentExportCommandTests {
    static let schema = URL(fileURLWithPath: repositoryRoot).deletingLastPathComponent()
        .appendingPathComponent("shared/schemas/akn/akomantoso30.xsd").path
    /// Text a title may hold (one line) that XML cannot carry as is.
    static let hostile = "Tom & <Jerry> \"q\" ]]> \u{1}\u{8}\u{1F}\u{7F} end"

    /// A workspace `ws` with the organ bill, an organisation and a person registered, and one
    /// amendment tabled by both with hostile text in its title and rationale.
    func workspace() async throws -> Scratch {
        let scratch = try Scratch()
        let repo = ["--repo", scratch.file("ws")]
        #expect(await legis("init", scratch.file("ws"), author).status == 0)
        try scratch.write("d/01.md", draft1)
        try scratch.write("d/02.md", draft2)
        #expect(await legis(["import", "organs", scratch.file("d"), author] + repo).status == 0)
        for (id, name, category) in [
            ("ngo", "Donors <NGO> & \"Co\"", "ngo"), ("rita", "Rita Researcher", "researcher"),
        ] {
            let key = scratch.file("key-\(id)")
            #expect(await legis("keygen", key, "--comment", id).status == 0)
            let added = await legis(
                ["stakeholder", "add", id, "--name", name, "--category", category, "--key-file", key + ".pub", author]
                    + repo)
            #expect(added.status == 0, "\(added.error)")
        }
        let edited = try scratch.write(
            "e1.md",
            draft2.replacingOccurrences(of: "protects donors", with: "protects living donors")
                + "\n### Article 3 — Register\n\n(1) The Agency keeps a register of donors.\n")
        let tabled = await legis(
            [
                "amend", "organs", "--file", edited, "--title", "Living donors \(Self.hostile)", "--rationale",
                "Donors need care. \(Self.hostile) \u{B}\u{C}\n\nA register helps.", "--by", "ngo", "--by", "rita",
                author,
            ] + repo)
        #expect(tabled.status == 0, "\(tabled.error) \(tabled.output)")
        return scratch
    }

    @Test func anAmendmentAsAkomaNtosoIsSchemaValid() async throws {
        let scratch = try await workspace()
        let repo = ["--repo", scratch.file("ws")]
        let akn = await legis(["amendment", "show", "organs", "1", "--format", "akn"] + repo)
        #expect(akn.status == 0, "\(akn.error)")
        for text in [
            "<amendment name=\"amendment\">", "<FRBRuri value=\"/akn/xx/amendment/organs/1\"/>",
            "<TLCOrganization eId=\"sponsor_ngo\" href=\"/ontology/organization/ngo\" showAs=\"Donors &lt;NGO&gt; &amp; &quot;Co&quot;\"/>",
            "<TLCPerson eId=\"sponsor_rita\" href=\"/ontology/person/rita\" showAs=\"Rita Researcher\"/>",
            "<docTitle>Living donors Tom &amp; &lt;Jerry&gt;",
            "startQuote=\"‘\" endQuote=\"’\">protects donors</quotedText>",
            "the following Article 3 is inserted:<quotedStructure", "<docStatus>Tabled</docStatus>",
            "<amendmentJustification eId=\"amendmentJustification_1\"><p>Donors need care. Tom &amp; &lt;Jerry&gt;",
        ] {
            #expect(akn.output.contains(text), "\(text)")
        }
        #expect(!akn.output.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
        let german = await legis(["amendment", "show", "organs", "1", "--format", "akn", "--language", "de"] + repo)
        #expect(german.output.contains("<FRBRlanguage language=\"deu\"/>"))
        #expect(german.output.contains("werden die Wörter <quotedText"))

        let adopted = await legis(["amendment", "adopt", "organs", "1", author] + repo)
        #expect(adopted.status == 0, "\(adopted.error)")
        let after = await legis(["amendment", "show", "organs", "1", "--format", "akn"] + repo)
        #expect(after.output.contains("<docStatus>Adopted</docStatus>"))

        guard ExternalTool.shouldRun("xmllint") else { return }
        for (name, xml) in [("en.xml", akn.output), ("de.xml", german.output), ("adopted.xml", after.output)] {
            let file = try scratch.write(name, xml)
            let valid = try run("xmllint", ["--noout", "--schema", Self.schema, file], in: scratch.path)
            #expect(valid.status == 0, "\(name): \(valid.error)")
        }
    }

    @Test func theTableAsAWordDocumentIsWrittenToOutOnly() async throws {
        let scratch = try await workspace()
        let repo = ["--repo", scratch.file("ws")]
        let file = scratch.file("table.docx")
        let written = await legis(["amendments", "organs", "--format", "table-docx", "--out", file] + repo)
        #expect(written.status == 0, "\(written.error)")
        #expect(written.output.isEmpty)
        #expect(written.error.contains("Wrote \(file)"))

        let noOut = await legis(["amendments", "organs", "--format", "table-docx"] + repo)
        #expect(noOut.status == 2)
        #expect(noOut.error.contains("pass --out FILE.docx"))
        #expect(noOut.output.isEmpty)
        let outElsewhere = await legis(["amendments", "organs", "--out", file] + repo)
        #expect(outElsewhere.status == 2)
        let missingFolder = await legis(
            ["amendments", "organs", "--format", "table-docx", "--out", scratch.file("none/t.docx")] + repo)
        #expect(missingFolder.status != 0)
        #expect(missingFolder.error.contains("none/t.docx"))
        #expect(!FileManager.default.fileExists(atPath: scratch.file("none")))

        if ExternalTool.shouldRun("pandoc") {
            let text = try run("pandoc", ["-f", "docx", "-t", "plain", "--wrap=none", file], in: scratch.path)
            #expect(text.status == 0, "\(text.error)")
            for cell in [
                "Article 1(1)", "protects living donors", "Donors <NGO> & \"Co\", Rita Researcher", "Tabled",
                "Article 3(1)", "The Agency keeps a register of donors.", "A register helps.",
            ] {
                #expect(text.output.contains(cell), "\(cell) in \(text.output)")
            }
        }
        if ExternalTool.shouldRun("soffice") {
            let converted = try run(
                "soffice",
                [
                    "-env:UserInstallation=file://\(scratch.path)/profile", "--headless", "--convert-to", "pdf",
                    "--outdir", scratch.file("out"), file,
                ], in: scratch.path)
            #expect(converted.status == 0, "\(converted.error)")
            #expect(FileManager.default.fileExists(atPath: scratch.file("out/table.pdf")))
        }
    }
}
