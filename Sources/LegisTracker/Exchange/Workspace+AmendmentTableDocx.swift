public import Foundation
import LegisAmendments
import LegisDocument
import LegisExchange

extension Workspace {
    /// The committee report's table of `amendments` to a document as a Word document: one row
    /// per touched provision, the text proposed as tracked changes by each amendment's sponsors
    /// on the day it was tabled, provisions named as lawyers of the document's language name them.
    public func amendmentTableDocx(
        _ id: DocumentID, amendments: [Amendment], exportDate: Date = Date()
    ) throws(LegisError) -> [UInt8] {
        let document = try document(of: try revision(of: id))
        var rows: [AmendmentTableRow] = []
        var authors: [Int: RevisionAuthor] = [:]
        for amendment in amendments {
            let amendmentRows = try amendmentRows(amendment)
            rows += amendmentRows
            let sponsors = amendmentRows.first?.sponsors.joined(separator: ", ") ?? ""
            authors[amendment.number] = RevisionAuthor(
                name: sponsors.isEmpty ? amendment.sponsors.joined(separator: ", ") : sponsors,
                date: amendment.history.first?.date ?? exportDate)
        }
        let title = "Amendments to \(document.frontMatter.title ?? id.rawValue)"
        let properties = DocxProperties(
            title: title, kind: "amendments", status: document.frontMatter.status,
            language: document.frontMatter.language ?? document.language, creator: "Legis",
            description: "Table of amendments to \(id)", modified: exportDate)
        return try Self.exchange { () throws(ExchangeError) in
            try AmendmentTableDocx.docx(
                rows, title: title, profile: StructureProfile.named(document.language), authors: authors,
                fallback: RevisionAuthor(name: "Legis", date: exportDate), properties: properties)
        }
    }
}
