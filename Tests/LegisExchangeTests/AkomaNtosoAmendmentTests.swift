import Foundation
import LegisAmendments
import LegisDocument
import LegisExchange
import LegisTestSupport
import Testing

@Suite("Akoma Ntoso amendments")
struct AkomaNtosoAmendmentTests {
    static func amendment(
        _ id: String, title: String = "Five years, not three", rationale: String = "Registers are kept longer.",
        sponsors: [AkomaNtosoAmendment.Sponsor] = [
            .init(id: "ngo-safe-home", name: "Safe Home", isPerson: false),
            .init(id: "ana-jurist", name: "Ana Jurist", isPerson: true),
        ], language: String = "en"
    ) -> AkomaNtosoAmendment {
        AkomaNtosoAmendment(
            number: 3, title: title, rationale: rationale, sponsors: sponsors, status: "Tabled",
            tabled: Fixtures.author.date, textAuthor: Fixtures.author.name, textDate: Fixtures.author.date,
            textRevision: "0123456789abcdef0123456789abcdef01234567", language: language,
            exportDate: Fixtures.author.date, amended: AkomaNtosoTests.identity(id))
    }

    static func xml(_ amendment: AkomaNtosoAmendment, old: Document, new: Document) -> String {
        let wordings = AmendingInstructions.wordings(old: old, new: new, language: amendment.language)
        return AkomaNtosoAmendmentWriter.xml(amendment, base: old, proposed: new, wordings: wordings)
    }

    @Test(
        .enabled(if: ExternalTool.shouldRun("xmllint"), "xmllint is not installed"),
        .timeLimit(.minutes(5)))
    func everyDraftPairOfTheProposalsAsAnAmendmentIsSchemaValid() throws {
        let folder = try TemporaryFolder()
        var index = 0
        for (name, oldPath, newPath) in DocxRedlineTests.pairs {
            let old = try Fixtures.document(oldPath)
            let new = try Fixtures.document(newPath, language: old.language)
            for language in ["en", "ro", "de"] {
                index += 1
                let xml = Self.xml(Self.amendment(name, language: language), old: old, new: new)
                let checks = try #require(XMLChecks.parse(xml), "\(name) \(language)")
                let count = AmendmentInstructionsCount(old: old, new: new, language: language)
                #expect(checks.elements["mod"] == count.all, "\(name) \(language)")
                #expect(checks.elements["quotedStructure"] == count.structures, "\(name) \(language)")
                let result = try AkomaNtosoTests.validate(xml, name: "amendment-\(index).xml", in: folder)
                #expect(result.status == 0, "\(name) \(language): \(result.error.prefix(2000))")
            }
        }
    }

    @Test func wordsReplacedAreQuotedTextAndProvisionsQuotedStructures() throws {
        let old = try Document.parse(
            """
            ---
            kind: bill
            title: Law on registers
            ---

            # Law on registers

            ### Article 1 — Register

            (1) The register is kept by the Agency.

            (2) The register is public for three years.

            ### Article 2 — Fees

            (1) Copies are free.

            """)
        let new = try Document.parse(
            """
            ---
            kind: bill
            title: Law on registers
            ---

            # Law on registers

            ### Article 1 — Register

            (1) The register is kept by the Agency.

            (2) The register is public for five years.

            ### Article 2 — Fees

            (1) Copies cost what printing them costs, and no more than a fee the Agency sets each year.

            ### Article 2a — Appeals

            (1) Refusals may be appealed.

            """)
        let xml = Self.xml(Self.amendment("reg"), old: old, new: new)
        #expect(xml.contains("<amendment name=\"amendment\">"))
        #expect(xml.contains("<FRBRuri value=\"/akn/xx/amendment/reg/3\"/>"))
        #expect(xml.contains("<FRBRuri value=\"/akn/xx/amendment/reg/3/eng@2026-09-21\"/>"))
        #expect(xml.contains("<FRBRlanguage language=\"eng\"/>"))
        #expect(
            xml.contains(
                "<TLCOrganization eId=\"sponsor_ngo-safe-home\" href=\"/ontology/organization/ngo-safe-home\" showAs=\"Safe Home\"/>"
            ))
        #expect(
            xml.contains(
                "<TLCPerson eId=\"sponsor_ana-jurist\" href=\"/ontology/person/ana-jurist\" showAs=\"Ana Jurist\"/>"))
        #expect(xml.contains("<longTitle><p><docTitle>Five years, not three</docTitle></p></longTitle>"))
        #expect(
            xml.contains(
                "<affectedDocument href=\"/akn/xx/bill/2026-09-21/reg/eng@2026-09-21\">Law on registers</affectedDocument>"
            ))
        #expect(
            xml.contains(
                "<mod eId=\"mod_1\">In <ref eId=\"mod_1__ref_1\" href=\"/akn/xx/bill/2026-09-21/reg/eng@2026-09-21/~art_1__para_2\">Article 1, paragraph 2</ref>, the words <quotedText eId=\"mod_1__qtext_1\" startQuote=\"‘\" endQuote=\"’\">three</quotedText> are replaced by <quotedText eId=\"mod_1__qtext_2\" startQuote=\"‘\" endQuote=\"’\">five</quotedText>.</mod>"
            ), "\(xml)")
        #expect(
            xml.contains(
                "Article 2, paragraph 1</ref> is replaced by the following:<quotedStructure eId=\"mod_2__qstr_1\""))
        #expect(
            xml.contains(
                "<paragraph eId=\"mod_2__qstr_1__art_2__para_1\"><num>(1)</num><content><p>Copies cost what printing"))
        #expect(xml.contains("the following Article 2a is inserted:<quotedStructure eId=\"mod_3__qstr_1\""))
        #expect(xml.contains("<article eId=\"mod_3__qstr_1__art_2a\"><num>Article 2a</num><heading>Appeals</heading>"))
        #expect(
            xml.contains(
                "<amendmentJustification eId=\"amendmentJustification_1\"><p>Registers are kept longer.</p></amendmentJustification>"
            ))
    }

    @Test(.enabled(if: ExternalTool.shouldRun("xmllint"), "xmllint is not installed"))
    func hostileTitlesRationalesAndSponsorsStayValid() throws {
        let hostile = "Tom & <Jerry> \"q\" 'a' ]]> \u{1}\u{8}\u{B}\u{C}\u{1F}\u{FFFE}\u{FFFF}\u{7F} end"
        let old = try Document.parse("### Article 1\n\n(1) The register is public for three years.\n")
        let new = try Document.parse(
            "### Article 1\n\n(1) The register is public for \(hostile) years.\n\n### Article 2 — \(hostile)\n\n(1) \(hostile)\n"
        )
        var amendment = Self.amendment(
            "x/<y> & z", title: hostile, rationale: "\(hostile)\n\n\(hostile)",
            sponsors: [
                .init(id: hostile, name: hostile, isPerson: true), .init(id: hostile, name: hostile, isPerson: false),
                .init(id: "", name: "", isPerson: true),
            ])
        amendment.textAuthor = hostile
        amendment.status = hostile
        let xml = Self.xml(amendment, old: old, new: new)
        let checks = try #require(XMLChecks.parse(xml))
        #expect(checks.text.contains("Tom & <Jerry>"))
        let folder = try TemporaryFolder()
        let result = try AkomaNtosoTests.validate(xml, name: "hostile-amendment.xml", in: folder)
        #expect(result.status == 0, "\(result.error)")
    }
}

/// How many instructions an amendment has, and how many of them bring a quoted structure.
struct AmendmentInstructionsCount {
    var all = 0
    var structures = 0

    init(old: Document, new: Document, language: String) {
        for wording in AmendingInstructions.wordings(old: old, new: new, language: language) {
            all += 1
            switch wording.instruction {
            case .replaceProvision, .insertAfter, .insertAtStart, .replaceOpening: structures += 1
            case .replaceWords, .repeal, .renumber, .renumberAll: break
            }
        }
    }
}
