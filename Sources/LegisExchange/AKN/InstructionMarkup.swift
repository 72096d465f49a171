import LegisAmendments
import LegisDocument

/// Writes amending instructions as Akoma Ntoso amending provisions: a `blockList` with one
/// numbered `item` per instruction, each a `mod` whose references are `ref`s, whose quoted words
/// are `quotedText` and whose new provision (or opening text) is a `quotedStructure`.
///
/// eIds follow the naming convention inside the amendment: `mod_2`, `mod_2__ref_1`,
/// `mod_2__qtext_1`, `mod_2__qstr_1`, and the quoted provisions under it
/// (`mod_2__qstr_1__art_5__para_1`), so that none repeats an eId of another instruction.
struct InstructionMarkup {
    /// The expression IRI of the amended document, which `ref`s point into.
    let base: String
    /// The text the instructions produce, where quoted provisions are taken from.
    let proposed: Document
    private let provisions: [ProvisionPath: Provision]

    init(base: String, proposed: Document) {
        self.base = base
        self.proposed = proposed
        provisions = Dictionary(proposed.allProvisions.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
    }

    func write(_ wordings: [InstructionWording], into xml: inout XMLWriter) {
        xml.newline()
        xml.start("blockList", ["eId": "amendmentContent_1__list_1"])
        for (index, wording) in wordings.enumerated() {
            let number = index + 1
            let mod = "mod_\(number)"
            xml.newline()
            xml.start("item", ["eId": "amendmentContent_1__list_1__item_\(number)"])
            xml.element("num", text: "\(number).")
            xml.start("p")
            xml.start("mod", ["eId": mod])
            var references = 0
            var quotes = 0
            for part in wording.parts {
                switch part {
                case .text(let text), .newProvision(_, let text):
                    xml.text(text)
                case .reference(let path, let text):
                    references += 1
                    xml.element(
                        "ref", ["eId": "\(mod)__ref_\(references)", "href": "\(base)/~\(EIdAllocator.eId(path))"],
                        text: text)
                case .quoted(let text, _):
                    quotes += 1
                    xml.element(
                        "quotedText",
                        [
                            "eId": "\(mod)__qtext_\(quotes)", "startQuote": wording.openQuote,
                            "endQuote": wording.closeQuote,
                        ], text: text)
                }
            }
            writeStructure(of: wording, eId: "\(mod)__qstr_1", into: &xml)
            xml.end()
            xml.end()
            xml.end()
        }
        xml.newline()
        xml.end()
        xml.newline()
    }

    /// The provision (or opening text) an instruction brings, as a `quotedStructure`.
    private func writeStructure(of wording: InstructionWording, eId: String, into xml: inout XMLWriter) {
        let path: ProvisionPath?
        let text: String
        switch wording.instruction {
        case .replaceProvision(let target, let new):
            (path, text) = (target, new)
        case .insertAfter(_, let new, let inserted), .insertAtStart(_, let new, let inserted):
            (path, text) = (new, inserted)
        case .replaceOpening(let opening):
            (path, text) = (nil, opening)
        case .replaceWords, .repeal, .renumber, .renumberAll:
            return
        }
        xml.start("quotedStructure", ["eId": eId, "startQuote": wording.openQuote, "endQuote": wording.closeQuote])
        if let path, let provision = provisions[path] {
            var ids = EIdAllocator()
            ids.prefix = eId + "__"
            AkomaNtosoWriter.write(provision, of: proposed, into: &xml, ids: &ids)
        } else {
            let paragraphs = AkomaNtosoWriter.paragraphs(of: text, dropFirstLine: false)
            AkomaNtosoWriter.paragraphs(paragraphs.isEmpty ? [""] : paragraphs, into: &xml)
        }
        xml.end()
    }
}
