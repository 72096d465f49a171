import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import LegisGit
import LegisServer
import LegisSignature
import LegisTestSupport
import LegisTracker
import NIOCore
import Testing

/// A member acting on the web interface through an in-process client: their key (made here, as
/// a browser would make it), their session cookie and the form token of their session.
struct WebMember: Sendable {
    var email: String
    var key: SSHPrivateKey
    var cookie: String = ""
}

/// Requests with cookies, Origin and form bodies, for the members' routes.
struct MemberClient: Sendable {
    let client: any TestClientProtocol
    static let origin = "http://localhost"

    func get(_ uri: String, as member: WebMember? = nil) async throws -> Page {
        var headers = HTTPFields()
        if let member, !member.cookie.isEmpty { headers[.cookie] = "\(Session.cookie)=\(member.cookie)" }
        return try await client.execute(uri: uri, method: .get, headers: headers) { response in
            Page(status: response.status, headers: response.headers, body: String(buffer: response.body))
        }
    }

    func post(
        _ uri: String, _ fields: [(String, String)], as member: WebMember? = nil, origin: String? = origin,
        fetchSite: String? = nil
    ) async throws -> Page {
        var headers: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]
        if let origin { headers[.origin] = origin }
        if let fetchSite, let name = HTTPField.Name("Sec-Fetch-Site") { headers[name] = fetchSite }
        if let member, !member.cookie.isEmpty { headers[.cookie] = "\(Session.cookie)=\(member.cookie)" }
        let body = fields.map { "\(Self.encode($0.0))=\(Self.encode($0.1))" }.joined(separator: "&")
        return try await client.execute(uri: uri, method: .post, headers: headers, body: ByteBuffer(string: body)) {
            response in
            Page(status: response.status, headers: response.headers, body: String(buffer: response.body))
        }
    }

    /// Invites through the tracker and enrols through the enrolment page with a new key.
    func enrol(
        _ workspace: Workspace, stakeholder: String, email: String, roles: [Member.Role]
    ) async throws -> WebMember {
        let invitation = try workspace.invite(
            stakeholder: stakeholder, name: "Member \(email)", email: email, roles: roles, invitedBy: "test")
        let key = SSHPrivateKey.generate(comment: email)
        let page = try await post(
            "/enrol", [("token", invitation.token), ("publicKey", key.publicKey.authorizedKeyLine)])
        #expect(page.status == .ok, "\(page.body)")
        return WebMember(email: email, key: key)
    }

    /// Signs in by signing a fresh challenge; returns the member with their cookie.
    func signIn(_ member: WebMember) async throws -> WebMember {
        let challenge = try #require(try await get("/signin").field("challenge"))
        let signature = try SSHSignature.sign(message: Array(challenge.utf8), key: member.key, namespace: "legis-sign-in")
        let page = try await post("/signin", [("challenge", challenge), ("signature", signature.armored)])
        #expect(page.status == .seeOther, "\(page.body)")
        var signed = member
        signed.cookie = try #require(page.cookie(Session.cookie))
        return signed
    }

    static func encode(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
    }
}

/// The name of the session cookie, as the server sets it.
enum Session {
    static let cookie = "legis_session"
}

extension Page {
    /// The value of the hidden field `name` in the page.
    func field(_ name: String) -> String? {
        guard let range = body.range(of: "name=\"\(name)\" value=\"") else { return nil }
        let rest = body[range.upperBound...]
        guard let end = rest.firstIndex(of: "\"") else { return nil }
        return String(rest[..<end])
    }

    /// The value a `Set-Cookie` header gives the cookie `name`.
    func cookie(_ name: String) -> String? {
        for value in headers[values: .setCookie] where value.hasPrefix(name + "=") {
            return String(value.dropFirst(name.count + 1).prefix { $0 != ";" })
        }
        return nil
    }
}

/// Runs `body` with a client of the members' routes over the fixture's workspace.
func withMemberServer(_ fixture: Fixture, _ body: @Sendable (MemberClient) async throws -> Void) async throws {
    let router = try LegisWeb.buildRouter(ServerConfiguration(workspacePath: fixture.path))
    let app = Application(router: router)
    try await app.test(.router) { client in try await body(MemberClient(client: client)) }
}
