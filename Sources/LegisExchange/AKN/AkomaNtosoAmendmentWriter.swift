import Foundation
public import LegisAmendments
public import LegisDocument

/// Writes an amendment as an Akoma Ntoso 3.0 `amendment` document: the FRBR identification of
/// the amendment, its sponsors as `TLCPerson` and `TLCOrganization` references, a preface with
/// its title, number, status and the document it amends, and an `amendmentBody` whose
/// `amendmentContent` holds one amending provision per instruction and whose
/// `amendmentJustification` holds the rationale.
///
/// Each amending provision is a `mod` in the instruction's formula: the provisions it names are
/// `ref`s into the amended document's expression (`…/eng@2026-10-02/~art_4__para_1`), words
/// replaced and replacing are `quotedText`, and a provision replaced or inserted whole is a
/// `quotedStructure` holding it as elements (`article` with `num`, `heading`, `paragraph`…).
public enum AkomaNtosoAmendmentWriter {
    /// The amendment as an Akoma Ntoso XML document: `wordings` are the instructions that turn
    /// `base` (the text amended) into `proposed` (the text the amendment proposes).
    public static func xml(
        _ amendment: AkomaNtosoAmendment, base: Document, proposed: Document, wordings: [InstructionWording]
    ) -> String {
        var xml = XMLWriter()
        xml.start("akomaNtoso", ["xmlns": AkomaNtosoWriter.namespace])
        xml.newline()
        xml.start("amendment", ["name": "amendment"])
        let sponsors = sponsorIDs(amendment.sponsors)
        writeMeta(&xml, amendment, sponsors: sponsors)
        writePreface(&xml, amendment, base: base, sponsors: sponsors)
        xml.newline()
        xml.start("amendmentBody")
        xml.newline()
        xml.start("amendmentContent", ["eId": "amendmentContent_1"])
        if !wordings.isEmpty {
            let target = AkomaNtosoWriter.iris(of: base, identity: amendment.amended).expression
            let writer = InstructionMarkup(base: target, proposed: proposed)
            writer.write(wordings, into: &xml)
        }
        xml.end()
        let rationale = AkomaNtosoWriter.paragraphs(of: amendment.rationale, dropFirstLine: false)
        if !rationale.isEmpty {
            xml.newline()
            xml.start("amendmentJustification", ["eId": "amendmentJustification_1"])
            AkomaNtosoWriter.paragraphs(rationale, into: &xml)
            xml.end()
        }
        xml.newline()
        xml.end()
        xml.newline()
        xml.end()
        xml.newline()
        return xml.finish() + "\n"
    }

    /// The work, expression and manifestation IRIs: `/akn/xx/amendment/lra/3`,
    /// `…/eng@2026-12-02`, `…/eng@2026-12-02/!main.xml`.
    public static func iris(_ amendment: AkomaNtosoAmendment) -> (work: String, expression: String) {
        let country = amendment.amended.country.isEmpty ? "xx" : amendment.amended.country
        let slug = amendment.amended.documentID.replacingOccurrences(of: "/", with: "-")
        let work = "/akn/\(country)/amendment/\(slug)/\(amendment.number)"
        let language = AkomaNtosoWriter.languageCode(amendment.language)
        return (work, "\(work)/\(language)@\(AkomaNtosoWriter.day(amendment.textDate))")
    }

    private static func writeMeta(_ xml: inout XMLWriter, _ amendment: AkomaNtosoAmendment, sponsors: [String]) {
        let (work, expression) = iris(amendment)
        let manifestation = "\(expression)/!main.xml"
        let country = amendment.amended.country.isEmpty ? "xx" : amendment.amended.country
        xml.newline()
        xml.start("meta")
        xml.start("identification", ["source": "#legis"])
        xml.start("FRBRWork")
        xml.empty("FRBRthis", ["value": "\(work)/!main"])
        xml.empty("FRBRuri", ["value": work])
        xml.empty("FRBRdate", ["date": AkomaNtosoWriter.day(amendment.tabled), "name": "tabled"])
        for id in sponsors { xml.empty("FRBRauthor", ["href": "#\(id)", "as": "#sponsor"]) }
        if sponsors.isEmpty { xml.empty("FRBRauthor", ["href": "#author"]) }
        xml.empty("FRBRcountry", ["value": country])
        xml.empty("FRBRnumber", ["value": String(amendment.number)])
        xml.empty("FRBRname", ["value": amendment.title])
        xml.end()
        xml.start("FRBRExpression")
        xml.empty("FRBRthis", ["value": "\(expression)/!main"])
        xml.empty("FRBRuri", ["value": expression])
        xml.empty("FRBRdate", ["date": AkomaNtosoWriter.day(amendment.textDate), "name": "text"])
        xml.empty("FRBRauthor", ["href": "#author"])
        xml.empty("FRBRversionNumber", ["value": amendment.textRevision])
        xml.empty("FRBRlanguage", ["language": AkomaNtosoWriter.languageCode(amendment.language)])
        xml.end()
        xml.start("FRBRManifestation")
        xml.empty("FRBRthis", ["value": manifestation])
        xml.empty("FRBRuri", ["value": manifestation])
        xml.empty("FRBRdate", ["date": AkomaNtosoWriter.day(amendment.exportDate), "name": "export"])
        xml.empty("FRBRauthor", ["href": "#legis"])
        xml.end()
        xml.end()
        xml.start("references", ["source": "#legis"])
        xml.empty("TLCOrganization", ["eId": "legis", "href": "/ontology/organization/legis", "showAs": "Legis"])
        xml.empty(
            "TLCPerson",
            [
                "eId": "author", "href": "/ontology/person/\(AkomaNtosoWriter.slugged(amendment.textAuthor))",
                "showAs": amendment.textAuthor,
            ])
        for (sponsor, id) in zip(amendment.sponsors, sponsors) {
            let kind = sponsor.isPerson ? "person" : "organization"
            xml.empty(
                sponsor.isPerson ? "TLCPerson" : "TLCOrganization",
                [
                    "eId": id, "href": "/ontology/\(kind)/\(AkomaNtosoWriter.slugged(sponsor.id))",
                    "showAs": sponsor.name,
                ])
        }
        xml.empty("TLCRole", ["eId": "sponsor", "href": "/ontology/role/sponsor", "showAs": "Sponsor"])
        xml.end()
        xml.end()
    }

    /// The title as `longTitle`, then the number, the document amended, the sponsors and the
    /// status, each in a paragraph of its own class.
    private static func writePreface(
        _ xml: inout XMLWriter, _ amendment: AkomaNtosoAmendment, base: Document, sponsors: [String]
    ) {
        xml.newline()
        xml.start("preface")
        xml.start("longTitle")
        xml.start("p")
        xml.element("docTitle", text: amendment.title)
        xml.end()
        xml.end()
        xml.start("p", ["class": "number"])
        xml.element("docNumber", text: String(amendment.number))
        xml.end()
        xml.start("p", ["class": "amends"])
        let target = AkomaNtosoWriter.iris(of: base, identity: amendment.amended).expression
        xml.element(
            "affectedDocument", ["href": target], text: base.frontMatter.title ?? amendment.amended.documentID)
        xml.end()
        if !amendment.sponsors.isEmpty {
            xml.start("p", ["class": "sponsors"])
            for (index, (sponsor, id)) in zip(amendment.sponsors, sponsors).enumerated() {
                if index > 0 { xml.text(", ") }
                xml.element("docProponent", ["refersTo": "#\(id)", "as": "#sponsor"], text: sponsor.name)
            }
            xml.end()
        }
        xml.start("p", ["class": "status"])
        xml.element("docStatus", text: amendment.status)
        xml.end()
        xml.end()
    }

    /// An eId for each sponsor: `sponsor_` and its id, made unique.
    private static func sponsorIDs(_ sponsors: [AkomaNtosoAmendment.Sponsor]) -> [String] {
        var used: Set<String> = []
        return sponsors.map { sponsor in
            let base = "sponsor_" + AkomaNtosoWriter.slugged(sponsor.id)
            var candidate = base
            var counter = 2
            while !used.insert(candidate).inserted {
                candidate = "\(base)-\(counter)"
                counter += 1
            }
            return candidate
        }
    }
}
