import Foundation
import HTTPTypes
import Hummingbird
import LegisDiff
import LegisDocument
import LegisGit
import LegisSignature
import LegisTemplates
import LegisTracker

extension Site {
    /// Registers the members' routes: the script, sign-in and out, invitations, enrolment,
    /// editing and endorsing. Every POST checks the Origin header, and every member's action
    /// checks the session, the form's token and the member's role on the server.
    func addMemberRoutes(to router: Router<some RequestContext>) {
        let script = BuiltInTemplates.script
        router.get("/legis.js") { _, _ in Reply.script(script) }

        router.get("/signin") { _, _ in
            let challenge = auth.challenges.insert(true, lifetime: AuthState.challengeLifetime)
            return Reply.html(
                pages.render("signin", SignInPage(challenge: challenge, namespace: AuthState.signInNamespace)))
        }
        router.post("/signin") { request, _ in try await signIn(request) }
        router.post("/signout") { request, _ in
            let form = try await Self.form(request)
            return try inWorkspace { workspace in
                let signed = try require(nil, request, workspace)
                try Self.checkForm(request, form, signed)
                auth.sessions.remove(signed.token)
                var response = Reply.redirect("/")
                response.setCookie(sessionCookie(nil, request))
                return response
            }
        }

        router.get("/invite") { request, _ in
            try inWorkspace { workspace in
                let signed = try require(.secretariat, request, workspace)
                return Reply.html(pages.render("invite", try InvitePage(member: MemberBar(signed), workspace: workspace)))
            }
        }
        router.post("/invite") { request, _ in
            let form = try await Self.form(request, limit: 64 << 10)
            return try inWorkspace { workspace in
                let signed = try require(.secretariat, request, workspace)
                try Self.checkForm(request, form, signed)
                let roles = try form.all("role").map { text throws(LegisError) in try Member.Role(parsing: text) }
                let result = try workspace.invite(
                    stakeholder: form["stakeholder"] ?? "", name: form["name"] ?? "", email: form["email"] ?? "",
                    roles: roles, invitedBy: signed.member.author.description)
                let origin = request.headers[.origin] ?? ""
                return Reply.html(
                    pages.render(
                        "notice",
                        NoticePage(
                            heading: "Invitation ready",
                            message: "Send this link privately to \(result.invitation.name) <\(result.invitation.email)>. It works once and expires on \(ISO8601.string(result.invitation.expires)).",
                            linkText: "Invite someone else", linkHref: "/invite",
                            value: "\(origin)/enrol?token=\(result.token)", member: MemberBar(signed))))
            }
        }

        router.get("/enrol") { request, _ in
            let token = request.uri.queryParameters.get("token") ?? ""
            return try inWorkspace { workspace in
                let invitation: Invitation
                do throws(LegisError) {
                    invitation = try workspace.invitation(token: token)
                } catch {
                    throw WebError.forbidden(error.message)
                }
                return Reply.html(pages.render("enrol", EnrolPage(token: token, invitation: invitation)))
            }
        }
        router.post("/enrol") { request, _ in
            try Self.checkOrigin(request)
            let form = try await Self.form(request, limit: 64 << 10)
            return try inWorkspace { workspace in
                let member: Member
                do throws(LegisError) {
                    member = try workspace.enrol(token: form["token"] ?? "", publicKey: form["publicKey"] ?? "")
                } catch {
                    if error.kind == .notFound { throw WebError.forbidden(error.message) }
                    throw error
                }
                return Reply.html(
                    pages.render(
                        "notice",
                        NoticePage(
                            heading: "Welcome, \(member.name)",
                            message: "Your browser made your key and keeps it; its public half is now registered for \(member.email) in the workspace's history. Sign in with it.",
                            linkText: "Sign in", linkHref: "/signin", value: nil, member: nil)))
            }
        }

        router.get("/documents/:id/edit") { request, context in
            let id = try Self.documentID(context.parameters.get("id"))
            let provision = request.uri.queryParameters.get("provision").flatMap { $0.isEmpty ? nil : String($0) }
            return try inWorkspace { workspace in
                let signed = try require(.drafter, request, workspace)
                let latest = try Self.revision(workspace, id, nil)
                guard let tip = try workspace.tip() else { throw WebError.notFound("The workspace has no commit yet.") }
                var text = String(decoding: try workspace.repository.blob(latest.blob), as: UTF8.self)
                if let provision {
                    let document = try cache.document(latest, in: workspace)
                    text = document.text(of: try Self.provision(provision, in: document, id: id))
                }
                return Reply.html(
                    pages.render(
                        "edit",
                        try editPage(signed, workspace, id, base: tip, text: text, message: "", provision: provision)))
            }
        }
        router.post("/documents/:id/edit") { request, context in
            let id = try Self.documentID(context.parameters.get("id"))
            let form = try await Self.form(request)
            return try inWorkspace { workspace in
                let signed = try require(.drafter, request, workspace)
                try Self.checkForm(request, form, signed)
                return try saveEdit(form, signed, workspace, id)
            }
        }

        router.get("/documents/:id/endorse") { request, context in
            let id = try Self.documentID(context.parameters.get("id"))
            return try inWorkspace { workspace in
                let signed = try require(.partner, request, workspace)
                return Reply.html(pages.render("endorse", try endorseForm(signed, workspace, id)))
            }
        }
        router.post("/documents/:id/endorse") { request, context in
            let id = try Self.documentID(context.parameters.get("id"))
            let form = try await Self.form(request, limit: 256 << 10)
            return try inWorkspace { workspace in
                let signed = try require(.partner, request, workspace)
                try Self.checkForm(request, form, signed)
                return try prepareEndorsement(form, signed, workspace, id)
            }
        }
        router.post("/documents/:id/endorse/sign") { request, context in
            let id = try Self.documentID(context.parameters.get("id"))
            let form = try await Self.form(request, limit: 64 << 10)
            return try inWorkspace { workspace in
                let signed = try require(.partner, request, workspace)
                try Self.checkForm(request, form, signed)
                guard let pending = auth.pendingEndorsements.take(form["pending"] ?? ""),
                    pending.email == signed.member.email, pending.prepared.document == id
                else {
                    throw WebError.forbidden("This endorsement is unknown, expired or signed already: prepare it again.")
                }
                try workspace.endorse(pending.prepared, signature: form.text("signature") ?? "")
                return Reply.redirect(URLPath.endorsements(id))
            }
        }
    }

    /// Runs `body` with a workspace, letting web errors through and turning others into them.
    func inWorkspace(_ body: (Workspace) throws -> Response) throws -> Response {
        let workspace = try Workspace.open(at: workspacePath)
        return try body(workspace)
    }
}
