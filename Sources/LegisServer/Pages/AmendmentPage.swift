import LegisAmendments
import LegisDocument
import LegisGit
import LegisTracker

/// One amendment: its record, redline, instructions and history (`/documents/{id}/amendments/{n}`).
struct AmendmentPage: Sendable {
    /// One entry of the history.
    struct Event: Sendable {
        var status: String
        var statusTitle: String
        var by: String
        var date: String
        var note: String?
        var adoptedIn: String?
    }

    var title: String
    var nav: DocumentNav
    var number: Int
    var amendmentTitle: String
    var status: String
    var statusTitle: String
    var sponsors: String
    var rationale: String?
    var baseShort: String
    var listHref: String
    var history: [Event]
    /// The redline rows, already escaped HTML.
    var tableRows: String
    var instructions: [Language]
    /// Who is signed in, on the secretariat's view of the page.
    var member: MemberBar?
    /// The secretariat's decision forms, while the amendment is tabled.
    var decisions: DecisionForms?
    /// Whether the secretariat sees a closed amendment (a decision was recorded already).
    var closedForSecretariat: Bool

    /// The instructions in one language.
    struct Language: Sendable {
        var code: String
        var text: String
    }

    /// The page as anyone reads it, or, with `secretariat`, with the forms that record a decision.
    init(
        site: Site, workspace: Workspace, id: DocumentID, number: Int, secretariat: SignedIn? = nil
    ) throws(LegisError) {
        let amendment = try workspace.amendment(id, number)
        let latest = try Site.revision(workspace, id, nil)
        title = try site.cache.document(latest, in: workspace).frontMatter.title ?? id.rawValue
        nav = DocumentNav(id)
        self.number = number
        amendmentTitle = amendment.title
        status = amendment.status.rawValue
        statusTitle = amendment.status.title
        sponsors = amendment.sponsors.joined(separator: ", ")
        rationale = amendment.rationale.isEmpty ? nil : amendment.rationale
        baseShort = amendment.base.shortHex
        listHref = URLPath.amendments(id)
        history = amendment.history.map { entry in
            Event(
                status: entry.status.rawValue, statusTitle: entry.status.title, by: entry.by, date: DateText.iso(entry.date),
                note: entry.note.isEmpty ? nil : entry.note, adoptedIn: entry.adoptedIn?.shortHex)
        }
        tableRows = AmendmentTable.htmlRows(try workspace.amendmentRows(amendment))
        instructions = try AmendmentResponse.instructions(workspace, amendment).map { Language(code: $0.key, text: $0.value) }
            .sorted { $0.code < $1.code }
        member = secretariat.map(MemberBar.init)
        closedForSecretariat = secretariat != nil && !amendment.status.isOpen
        if let secretariat, amendment.status.isOpen {
            let href = URLPath.amendment(id, number)
            decisions = DecisionForms(
                csrf: secretariat.session.csrf, adoptAction: href + "/adopt", decideAction: href + "/decide",
                compromise: try workspace.amendmentTexts(amendment).tabled)
        }
    }
}

/// The JSON of one amendment (`/api/documents/{id}/amendments/{n}`).
struct AmendmentResponse: Sendable, Encodable {
    var amendment: Amendment
    var table: [AmendmentTableRow]
    var instructions: [String: String]

    init(workspace: Workspace, id: DocumentID, number: Int) throws(LegisError) {
        amendment = try workspace.amendment(id, number)
        table = try workspace.amendmentRows(amendment)
        instructions = try Self.instructions(workspace, amendment)
    }

    /// The amendment's instructions in every language.
    static func instructions(_ workspace: Workspace, _ amendment: Amendment) throws(LegisError) -> [String: String] {
        let texts = try workspace.amendmentTexts(amendment)
        let old: Document
        let new: Document
        do {
            old = try Document.parse(texts.base)
            new = try Document.parse(texts.proposed, language: old.language)
        } catch {
            throw LegisError(.invalidInput, "\(amendment.reference): \(error)")
        }
        var result: [String: String] = [:]
        for code in InstructionLanguage.codes {
            result[code] = AmendingInstructions.generate(old: old, new: new, language: code)
        }
        return result
    }
}
