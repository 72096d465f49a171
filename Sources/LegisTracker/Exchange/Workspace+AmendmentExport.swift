public import Foundation
import LegisAmendments
import LegisDocument
import LegisExchange
import LegisGit

extension Workspace {
    /// An amendment as an Akoma Ntoso 3.0 `amendment` document: its instructions (in `language`,
    /// by default the document's) as amending provisions against the document at its base, its
    /// rationale as the justification, its sponsors as references.
    ///
    /// The text exported is the one ``amendmentTexts(_:)`` proposes: for an amendment adopted
    /// with changes, the compromise; its date and commit are the expression's.
    public func amendmentAkomaNtoso(
        _ amendment: Amendment, language: String? = nil, exportDate: Date = Date()
    ) throws(LegisError) -> String {
        let texts = try amendmentTexts(amendment)
        let (base, proposed) = try Self.parsePair(texts.base, texts.proposed, name: amendment.reference)
        let requested = language ?? base.language
        let code = InstructionLanguage.codes.contains(requested) ? requested : "en"
        let path = try amendmentPath(amendment)
        let amended = try akomaNtosoIdentity(
            amendment.document, at: amendment.base, path: path, document: base, exportDate: exportDate)
        let registry = try stakeholderRegistry()
        let sponsors = amendment.sponsors.map { id in
            let stakeholder = registry[id]
            return AkomaNtosoAmendment.Sponsor(
                id: id, name: stakeholder?.name ?? id, isPerson: stakeholder.map { Self.isPerson($0.category) } ?? false
            )
        }
        let text =
            amendment.history.last { $0.status == .adoptedWithChanges } ?? amendment.history.first
            ?? AmendmentDecision(
                status: .tabled, by: "", date: exportDate, note: "", commit: amendment.commit, adoptedIn: nil)
        let record = AkomaNtosoAmendment(
            number: amendment.number, title: amendment.title, rationale: amendment.rationale, sponsors: sponsors,
            status: amendment.status.title, tabled: amendment.history.first?.date ?? text.date,
            textAuthor: Self.name(text.by), textDate: text.date, textRevision: text.commit.hex, language: code,
            exportDate: exportDate, amended: amended)
        return AkomaNtosoAmendmentWriter.xml(
            record, base: base, proposed: proposed,
            wordings: AmendingInstructions.wordings(old: base, new: proposed, language: code))
    }

    /// Whether stakeholders of a category are people (researchers, journalists, physicians)
    /// rather than organisations.
    static func isPerson(_ category: StakeholderCategory) -> Bool {
        switch category {
        case .researcher, .journalist, .physician: true
        default: false
        }
    }

    /// `Name` of `Name <email>`.
    static func name(_ signature: String) -> String {
        guard let open = signature.lastIndex(of: "<"), signature.hasSuffix(">") else { return signature }
        let name = signature[..<open].trimmingCharacters(in: .whitespaces)
        return name.isEmpty ? signature : name
    }
}
