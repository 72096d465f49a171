import Foundation
import LegisAmendments
import LegisDocument
import Testing

@Suite("Amending instructions as marked-up words")
struct InstructionWordingTests {
    @Test(arguments: ["en", "ro", "de"])
    func theWordingsReadAsTheGeneratedSentences(language: String) throws {
        let pairs = try Texts.successivePairs()
        #expect(pairs.count >= 8)
        for pair in pairs {
            let old = try Document.parse(pair.old)
            let new = try Document.parse(pair.new, language: old.language)
            let text = AmendingInstructions.generate(old: old, new: new, language: language)
            let sentences = text.split(separator: "\n").filter { $0.first?.isNumber == true }
                .map { String($0.drop { $0 != " " }.dropFirst()) }
            let wordings = AmendingInstructions.wordings(old: old, new: new, language: language)
            #expect(wordings.map(\.sentence) == sentences, "\(pair.name) in \(language)")
        }
    }

    @Test func wordsReplacedAreQuotedAndProvisionsNamed() throws {
        let old = try Document.parse("### Article 1\n\n(1) The register is public for three years.\n", language: "en")
        let new = try Document.parse("### Article 1\n\n(1) The register is public for five years.\n", language: "en")
        let wording = try #require(AmendingInstructions.wordings(old: old, new: new, language: "de").first)
        #expect(
            wording.parts == [
                .text("In "), .reference(ProvisionPath("art-1/par-1"), "Artikel 1 Absatz 1"),
                .text(" werden die Wörter "), .quoted("three", isNew: false), .text(" durch die Wörter "),
                .quoted("five", isNew: true), .text(" ersetzt."),
            ])
        #expect(wording.sentence == "In Artikel 1 Absatz 1 werden die Wörter „three“ durch die Wörter „five“ ersetzt.")
    }
}
