import Foundation
import HTTPTypes
import Hummingbird
import LegisDocument
import LegisGit
import LegisTracker

extension Site {
    /// The form that tables an amendment, starting from `base`.
    func amendmentForm(
        _ signed: SignedIn, _ workspace: Workspace, _ id: DocumentID, base: ObjectID, text: String,
        title: String = "", rationale: String = "", cosponsors: Set<String> = [], problem: String? = nil
    ) throws(LegisError) -> AmendmentFormPage {
        let latest = try Self.revision(workspace, id, nil)
        return AmendmentFormPage(
            member: MemberBar(signed),
            title: try cache.document(latest, in: workspace).frontMatter.title ?? id.rawValue,
            nav: DocumentNav(id), action: URLPath.amendments(id) + "/new", base: base.hex, baseShort: base.shortHex,
            text: text,
            tabling: try TablingFields(
                workspace, id, sponsor: signed.member.stakeholder, title: title, rationale: rationale,
                checked: cosponsors,
                requireTitle: true),
            problem: problem)
    }

    /// Tables the text of the form as an amendment.
    ///
    /// It is sponsored by the member's stakeholder and the co-sponsors ticked, authored by the
    /// member, against the revision the form started from (from the edit form of one provision:
    /// that revision's text with the provision replaced).
    /// A refused amendment shows the form again with the problem and everything written kept.
    func tableAmendment(_ form: FormData, _ signed: SignedIn, _ workspace: Workspace, _ id: DocumentID) throws
        -> Response
    {
        guard let base = ObjectID(hex: form["base"] ?? "") else {
            throw WebError.badRequest("The form does not say which revision it started from: reload the page.")
        }
        let text = try wholeText(form, workspace, id, base: base)
        let title = (form["title"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let rationale = (form.text("rationale") ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let chosen = form.all("cosponsor")
        var sponsors = [signed.member.stakeholder]
        for sponsor in chosen where !sponsors.contains(sponsor) { sponsors.append(sponsor) }
        let refused = { (message: String) throws -> Response in
            let page = try amendmentForm(
                signed, workspace, id, base: base, text: text, title: title, rationale: rationale,
                cosponsors: Set(chosen), problem: message)
            return Reply.html(pages.render("amendment-new", page), status: .badRequest)
        }
        guard !title.isEmpty else {
            return try refused("An amendment needs a title: say in one line what it changes.")
        }
        let amendment: Amendment
        do {
            amendment = try workspace.tableAmendment(
                id, text: Array(text.utf8), title: title, rationale: rationale, sponsors: sponsors, base: base.hex,
                author: signed.member.author)
        } catch {
            guard error.kind == .usage || error.kind == .invalidInput else { throw error }
            return try refused(WebError.forReader(error.message, hint: nil))
        }
        return Reply.redirect(URLPath.amendment(id, amendment.number))
    }

    /// Adopts an amendment, as tabled or with changes.
    ///
    /// As tabled when the compromise field still holds the tabled text (or is empty), with
    /// changes otherwise. A merge that does not go through answers 409 with the
    /// conflicting provisions, and nothing is written.
    func adoptAmendment(
        _ form: FormData, _ signed: SignedIn, _ workspace: Workspace, _ id: DocumentID, _ number: Int
    ) throws -> Response {
        let amendment = try workspace.amendment(id, number)
        let tabled = try workspace.amendmentTexts(amendment).tabled
        let given = form.text("compromise") ?? ""
        let compromise = Self.sameText(given, tabled) || given.allSatisfy(\.isWhitespace) ? nil : given
        let note = (form.text("note") ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let result: AdoptionResult
        do {
            result = try workspace.adoptAmendment(
                id, number, compromise: compromise.map { Array($0.utf8) }, note: note, author: signed.member.author)
        } catch {
            throw Self.refusal(error)
        }
        guard result.isAdopted else {
            let latest = try Self.revision(workspace, id, nil)
            let document = try cache.document(latest, in: workspace)
            let page = AdoptionConflictPage(
                member: MemberBar(signed), title: document.frontMatter.title ?? id.rawValue, id: id,
                amendment: result.amendment, withChanges: compromise != nil, conflicts: result.conflicts,
                language: document.language)
            return Reply.html(pages.render("amendment-conflict", page), status: .conflict)
        }
        return Reply.redirect(URLPath.amendment(id, number))
    }

    /// Records that an amendment was rejected, withdrawn or lapsed, with the note given.
    func decideAmendment(
        _ form: FormData, _ signed: SignedIn, _ workspace: Workspace, _ id: DocumentID, _ number: Int
    ) throws -> Response {
        let closing: [AmendmentStatus] = [.rejected, .withdrawn, .lapsed]
        guard let status = AmendmentStatus(rawValue: form["status"] ?? ""), closing.contains(status) else {
            throw WebError.badRequest("Choose a decision: rejected, withdrawn or lapsed (adoption has its own form).")
        }
        let note = (form.text("note") ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        do {
            try workspace.decideAmendment(id, number, status, note: note, author: signed.member.author)
        } catch {
            throw Self.refusal(error)
        }
        return Reply.redirect(URLPath.amendment(id, number))
    }

    /// A decision the tracker refused: one recorded meanwhile, or on a closed amendment, is a
    /// conflict (409) with the tracker's reason; anything else as usual.
    static func refusal(_ error: LegisError) -> any Error {
        guard error.kind == .conflict else { return error }
        return WebError(status: 409, message: WebError.forReader(error.message, hint: nil))
    }

    /// Whether two texts are the same but for line ends and whitespace at their ends (a browser
    /// drops a text area's first line break).
    static func sameText(_ a: String, _ b: String) -> Bool {
        a.trimmingCharacters(in: .whitespacesAndNewlines) == b.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
