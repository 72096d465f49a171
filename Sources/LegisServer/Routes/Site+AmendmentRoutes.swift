import Foundation
import HTTPTypes
import Hummingbird
import LegisGit
import LegisTracker

extension Site {
    /// The roles that may table an amendment.
    static let tablingRoles: [Member.Role] = [.secretariat, .drafter, .reviewer]

    /// Registers the members' amendment routes.
    ///
    /// Tabling is for drafters, reviewers and the secretariat; recording decisions for the
    /// secretariat. Like every member's action, each POST checks
    /// the session, the role, the form's token and the Origin header on the server.
    func addAmendmentRoutes(to router: Router<some RequestContext>) {
        router.get("/documents/:id/amendments/new") { request, context in
            let id = try Self.documentID(context.parameters.get("id"))
            return try inWorkspace { workspace in
                let signed = try require(anyOf: Self.tablingRoles, request, workspace)
                let latest = try Self.revision(workspace, id, nil)
                guard let tip = try workspace.tip() else { throw WebError.notFound("The workspace has no commit yet.") }
                let text = String(decoding: try workspace.repository.blob(latest.blob), as: UTF8.self)
                let page = try amendmentForm(signed, workspace, id, base: tip, text: text)
                return Reply.html(pages.render("amendment-new", page))
            }
        }
        router.post("/documents/:id/amendments/new") { request, context in
            let id = try Self.documentID(context.parameters.get("id"))
            let form = try await Self.form(request)
            return try inWorkspace { workspace in
                let signed = try require(anyOf: Self.tablingRoles, request, workspace)
                try Self.checkForm(request, form, signed)
                return try tableAmendment(form, signed, workspace, id)
            }
        }
        router.post("/documents/:id/amendments/:n/adopt") { request, context in
            let id = try Self.documentID(context.parameters.get("id"))
            let number = try Self.amendmentNumber(context.parameters.get("n"))
            let form = try await Self.form(request)
            return try inWorkspace { workspace in
                let signed = try require(.secretariat, request, workspace)
                try Self.checkForm(request, form, signed)
                return try adoptAmendment(form, signed, workspace, id, number)
            }
        }
        router.post("/documents/:id/amendments/:n/decide") { request, context in
            let id = try Self.documentID(context.parameters.get("id"))
            let number = try Self.amendmentNumber(context.parameters.get("n"))
            let form = try await Self.form(request, limit: 64 << 10)
            return try inWorkspace { workspace in
                let signed = try require(.secretariat, request, workspace)
                try Self.checkForm(request, form, signed)
                return try decideAmendment(form, signed, workspace, id, number)
            }
        }
    }

    /// The amendment's page with the decision forms, for a signed-in secretariat member; nil for
    /// everyone else, who read the page everyone reads.
    func secretariatAmendmentPage(_ request: Request, _ id: DocumentID, _ number: Int) throws(LegisError) -> Response? {
        guard request.cookies[Session.cookieName] != nil else { return nil }
        return try withWorkspace { workspace throws(LegisError) -> Response? in
            guard let signed = try signedIn(request, workspace), signed.member.has(.secretariat) else { return nil }
            let page = try AmendmentPage(site: self, workspace: workspace, id: id, number: number, secretariat: signed)
            return Reply.html(pages.render("amendment", page))
        }
    }
}
