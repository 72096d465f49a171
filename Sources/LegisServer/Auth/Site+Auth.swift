import Foundation
import HTTPTypes
import Hummingbird
import LegisTracker

/// A request made by a signed-in member.
struct SignedIn: Sendable {
    var member: Member
    var session: Session
    var token: String
}

extension Site {
    /// The member signed in with this request's cookie, if the session is alive and their key
    /// is still registered and valid (a retired key ends its sessions).
    func signedIn(_ request: Request, _ workspace: Workspace) throws(LegisError) -> SignedIn? {
        guard let token = request.cookies[Session.cookieName]?.value, let session = auth.sessions.value(token) else {
            return nil
        }
        guard let member = try workspace.member(email: session.email),
            member.usableKey(identity: session.keyIdentity, at: Date()) != nil
        else {
            auth.sessions.remove(token)
            return nil
        }
        return SignedIn(member: member, session: session, token: token)
    }

    /// The signed-in member holding `role` (any member when nil), or 403.
    func require(
        _ role: Member.Role?, _ request: Request, _ workspace: Workspace
    ) throws -> SignedIn {
        guard let signed = try signedIn(request, workspace) else {
            throw WebError.forbidden("Sign in first: this needs a member's key (/signin).")
        }
        if let role, !signed.member.has(role) {
            throw WebError.forbidden("This needs the role '\(role.rawValue)', which \(signed.member.email) does not hold.")
        }
        return signed
    }

    /// The signed-in member holding at least one of `roles`, or 403.
    func require(anyOf roles: [Member.Role], _ request: Request, _ workspace: Workspace) throws -> SignedIn {
        let signed = try require(nil, request, workspace)
        guard roles.contains(where: signed.member.has) else {
            let names = roles.map { "'\($0.rawValue)'" }.joined(separator: ", ")
            throw WebError.forbidden("This needs one of the roles \(names), none of which \(signed.member.email) holds.")
        }
        return signed
    }

    /// Refuses a state-changing request that does not come from a page of this site.
    ///
    /// The `Origin` header must name this server. Under this site's `Referrer-Policy: no-referrer`
    /// browsers send `Origin: null` for their own form posts; then the browser's
    /// `Sec-Fetch-Site: same-origin` (a header pages cannot set) must say so.
    static func checkOrigin(_ request: Request) throws(WebError) {
        let origin = request.headers[.origin]
        if let origin, let host = request.head.authority, origin == "http://\(host)" || origin == "https://\(host)" {
            return
        }
        let fetchSite = HTTPField.Name("Sec-Fetch-Site").flatMap { request.headers[$0] }
        if origin == nil || origin == "null", fetchSite == "same-origin" { return }
        throw WebError.forbidden("This form was not sent from a page of this site (the Origin header is missing or foreign).")
    }

    /// Checks the origin and the form's anti-forgery token against the session's.
    static func checkForm(_ request: Request, _ form: FormData, _ signed: SignedIn) throws(WebError) {
        try checkOrigin(request)
        guard let token = form["csrf"], Token.equal(token, signed.session.csrf) else {
            throw WebError.forbidden("The form's security token is missing or out of date: reload the page and try again.")
        }
    }

    /// The body of a form post, at most `limit` bytes.
    static func form(_ request: Request, limit: Int = 8 << 20) async throws -> FormData {
        let contentType = request.headers[.contentType] ?? ""
        guard contentType.lowercased().hasPrefix("application/x-www-form-urlencoded") else {
            throw WebError(status: 415, message: "Send the form as application/x-www-form-urlencoded.")
        }
        let buffer = try await request.body.collect(upTo: limit)
        return FormData(String(buffer: buffer))
    }

    /// The session cookie: HttpOnly, SameSite=Strict, Secure when the site is served over TLS
    /// (directly or behind a proxy that says so); `nil` value clears it.
    func sessionCookie(_ value: String?, _ request: Request) -> Cookie {
        let forwarded = HTTPField.Name("X-Forwarded-Proto").flatMap { request.headers[$0] }
        let secure = secureCookies || forwarded == "https"
        return Cookie(
            name: Session.cookieName, value: value ?? "deleted", maxAge: value == nil ? 0 : Int(Session.lifetime),
            path: "/", secure: secure, httpOnly: true, sameSite: .strict)
    }
}

extension WebError {
    /// The member may not do this (not signed in, wrong role, bad form token, foreign origin).
    static func forbidden(_ message: String) -> WebError { WebError(status: 403, message: message) }
}
