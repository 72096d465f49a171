import Foundation
import HTTPTypes
import Hummingbird
import LegisDiff
import LegisDocument
import LegisGit
import LegisSignature
import LegisTracker

extension Site {
    /// Checks a signed challenge and opens a session for the member whose key signed it.
    func signIn(_ request: Request) async throws -> Response {
        try Self.checkOrigin(request)
        guard auth.signInAttempts.allow("all") else {
            throw WebError(status: 429, message: "Too many sign-in attempts: wait a minute and try again.")
        }
        let form = try await Self.form(request, limit: 16 << 10)
        let challenge = form["challenge"] ?? ""
        let signature: SSHSignature
        do {
            signature = try SSHSignature.parse(armored: form.text("signature") ?? "")
        } catch {
            throw WebError.forbidden("The sign-in signature is missing or malformed; this page needs JavaScript and the key made at enrolment.")
        }
        guard auth.signInFailures.allow(signature.publicKey.fingerprint) else {
            throw WebError(status: 429, message: "Too many failed sign-ins with this key: wait a minute and try again.")
        }
        guard auth.challenges.take(challenge) != nil else {
            throw WebError.forbidden("This sign-in challenge is unknown, expired or used already: reload the sign-in page.")
        }
        do {
            try signature.check(message: Array(challenge.utf8), namespace: AuthState.signInNamespace)
        } catch {
            throw WebError.forbidden("The sign-in signature is not valid: \(error).")
        }
        return try inWorkspace { workspace in
            let identity = "\(signature.publicKey.keyType) \(signature.publicKey.base64Blob)"
            guard let member = try workspace.member(withKey: signature.publicKey),
                member.usableKey(identity: identity, at: Date()) != nil
            else {
                throw WebError.forbidden("This key is not registered for any member, or it was retired: ask the secretariat for an invitation.")
            }
            let session = Session(email: member.email, keyIdentity: identity, csrf: Token.random())
            let token = auth.sessions.insert(session, lifetime: Session.lifetime)
            var response = Reply.redirect("/")
            response.setCookie(sessionCookie(token, request))
            return response
        }
    }

    /// The edit form for a document, or for one of its provisions.
    func editPage(
        _ signed: SignedIn, _ workspace: Workspace, _ id: DocumentID, base: ObjectID, text: String, message: String,
        conflict: (html: String, author: String)? = nil, problem: String? = nil, provision: String? = nil
    ) throws(LegisError) -> EditPage {
        let latest = try Self.revision(workspace, id, nil)
        let document = try cache.document(latest, in: workspace)
        let profile = StructureProfile.named(document.language)
        func name(_ path: ProvisionPath) -> String { profile?.citation(of: path) ?? path.description }
        return EditPage(
            member: MemberBar(signed), title: document.frontMatter.title ?? id.rawValue,
            nav: DocumentNav(id), action: URLPath.document(id) + "/edit", base: base.hex, baseShort: base.shortHex,
            text: text, message: message, conflictHTML: conflict?.html, conflictAuthor: conflict?.author,
            problem: problem, tabling: try TablingFields(workspace, id, sponsor: signed.member.stakeholder),
            provision: provision, provisionName: provision.map { name(ProvisionPath($0)) },
            editHref: URLPath.document(id) + "/edit",
            provisions: document.allProvisions.map { item in
                let label = item.heading.map { "\(name(item.path)) — \($0)" } ?? name(item.path)
                return .init(value: item.path.description, label: label, selected: item.path.description == provision)
            })
    }

    /// Saves an edited text; after a conflict, shows the redline and keeps the text.
    func saveEdit(_ form: FormData, _ signed: SignedIn, _ workspace: Workspace, _ id: DocumentID) throws -> Response {
        guard let base = ObjectID(hex: form["base"] ?? "") else {
            throw WebError.badRequest("The form does not say which revision it started from: reload the edit page.")
        }
        // Browsers send line ends in text areas as CRLF; documents are kept with LF.
        let shown = form.text("text") ?? ""
        let provision = Self.provisionField(form)
        let text = try wholeText(form, workspace, id, base: base)
        let message = form["message"] ?? ""
        do {
            try workspace.saveText(id, text: text, message: message, author: signed.member.author, basedOn: base)
            return Reply.redirect(URLPath.document(id))
        } catch {
            switch error.kind {
            case .conflict:
                guard let tip = try workspace.tip() else { throw error }
                let latest = try Self.revision(workspace, id, nil)
                let theirs = try cache.document(latest, in: workspace)
                let mine = try DocumentParser().parse(bytes: Array(text.utf8))
                let redline = DocumentDiff.compare(mine, theirs)
                let author = try workspace.log(of: id).first.map { "\($0.author)" } ?? "someone"
                let page = try editPage(
                    signed, workspace, id, base: tip, text: shown, message: message,
                    conflict: (RedlineHTML(redline).inline, author), provision: provision)
                return Reply.html(pages.render("edit", page), status: .conflict)
            case .usage, .invalidInput:
                let page = try editPage(
                    signed, workspace, id, base: base, text: shown, message: message, problem: error.message,
                    provision: provision)
                return Reply.html(pages.render("edit", page), status: .badRequest)
            default:
                throw error
            }
        }
    }

    /// The endorsement form of a document at its latest revision.
    func endorseForm(
        _ signed: SignedIn, _ workspace: Workspace, _ id: DocumentID, problem: String? = nil
    ) throws(LegisError) -> EndorseFormPage {
        let latest = try Self.revision(workspace, id, nil)
        let document = try cache.document(latest, in: workspace)
        return EndorseFormPage(
            member: MemberBar(signed), title: document.frontMatter.title ?? id.rawValue, nav: DocumentNav(id),
            action: URLPath.document(id) + "/endorse", stakeholder: signed.member.stakeholder,
            revision: latest.commit.hex, revisionShort: latest.commit.shortHex,
            stances: Stance.allCases.map { .init(value: $0.rawValue, label: $0.rawValue, checked: $0 == .support) },
            provisions: document.allProvisions.map { provision in
                let label = provision.heading.map { "\(provision.label) — \($0)" } ?? provision.label
                return .init(value: "\(provision.path)", label: label, checked: false)
            },
            problem: problem)
    }

    /// Prepares the endorsement the form asks for and shows the exact tag for the browser to sign.
    func prepareEndorsement(
        _ form: FormData, _ signed: SignedIn, _ workspace: Workspace, _ id: DocumentID
    ) throws -> Response {
        if let asked = form["stakeholder"], asked != signed.member.stakeholder {
            throw WebError.forbidden("\(signed.member.email) endorses for '\(signed.member.stakeholder)' only, not for '\(asked)'.")
        }
        guard let stance = Stance(rawValue: form["stance"] ?? "") else {
            throw WebError.badRequest("Choose a stance: support, support-with-reservations or object.")
        }
        let key = try Workspace.parseSessionKey(signed.session.keyIdentity)
        let prepared = try workspace.prepareEndorsement(
            id, revision: form["revision"], as: signed.member.stakeholder, publicKey: key, stance: stance,
            scope: form.all("scope"), statement: form.text("statement") ?? "")
        let token = auth.pendingEndorsements.insert(
            PendingEndorsement(email: signed.member.email, prepared: prepared), lifetime: AuthState.pendingLifetime)
        let page = EndorseSignPage(
            member: MemberBar(signed), title: id.rawValue, nav: DocumentNav(id),
            action: URLPath.document(id) + "/endorse/sign", pending: token,
            payloadText: String(decoding: prepared.payload, as: UTF8.self),
            payloadBase64: Data(prepared.payload).base64EncodedString())
        return Reply.html(pages.render("endorse-sign", page))
    }
}

extension Workspace {
    /// The public key a session was opened with.
    static func parseSessionKey(_ identity: String) throws(LegisError) -> SSHPublicKey {
        do {
            return try SSHPublicKey(line: identity)
        } catch {
            throw LegisError(.invalidInput, "The session's key cannot be read: sign in again.")
        }
    }
}
