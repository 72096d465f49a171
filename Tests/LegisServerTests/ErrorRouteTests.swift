import Foundation
import HTTPTypes
import LegisServer
import Testing

/// Unknown things give 404, bad parameters 400, and never a 500 or a trace; every response
/// carries the security headers.
@Suite final class ErrorRouteTests {
    let fixture: Fixture

    init() throws { fixture = try Fixture.make(endorsements: false) }
    deinit { fixture.remove() }

    @Test(arguments: [
        "/documents/no-such-law", "/documents/no-such-law/history", "/documents/no-such-law/compare?from=a&to=b",
        "/documents/no-such-law/endorsements", "/documents/labour-law?rev=no-such-draft",
        "/documents/labour-law/compare?from=v2&to=no-such-draft", "/no/such/page", "/documents/labour-law/nothing",
        "/documents/labour-law?rev=~99",
    ])
    func unknownThingsAreNotFound(uri: String) async throws {
        try await withServer(fixture) { client in
            let page = try await client.get(uri)
            #expect(page.status == .notFound, "\(uri)")
            #expect(page.contentType.hasPrefix("text/html"))
            #expect(page.body.contains("<h1>Not found</h1>"))
        }
    }

    @Test(arguments: [
        "/api/documents/no-such-law", "/api/documents/no-such-law/history", "/api/documents/labour-law?rev=nope",
        "/api/documents/labour-law/compare?from=v2&to=nope", "/api/documents/no-such-law/endorsements", "/api/nothing",
    ])
    func unknownThingsAreNotFoundInJSON(uri: String) async throws {
        try await withServer(fixture) { client in
            let page = try await client.get(uri)
            #expect(page.status == .notFound, "\(uri)")
            #expect(page.contentType.hasPrefix("application/json"))
            #expect(try page.json()["error"] is String)
        }
    }

    @Test(arguments: [
        "/documents/..%2F..%2Fetc%2Fpasswd", "/api/documents/..%2F..%2Fetc%2Fpasswd",
        "/documents/%2Fetc%2Fpasswd", "/documents/bad%ZZ", "/documents/a%00b",
        "/documents/labour-law?rev=HEAD:legis.yml", "/documents/labour-law?rev=a%20b",
        "/api/documents/labour-law/compare?from=..%2F..&to=HEAD",
    ])
    func badParametersAreRejected(uri: String) async throws {
        try await withServer(fixture) { client in
            let page = try await client.get(uri)
            #expect(page.status == .badRequest, "\(uri)")
            #expect(!page.body.contains("root:"))
            #expect(!page.body.contains("Fatal error"))
        }
    }

    @Test func securityHeadersOnEveryResponse() async throws {
        try await withServer(fixture) { client in
            for uri in ["/", "/documents/labour-law", "/api/documents", "/nothing", "/style.css"] {
                let page = try await client.get(uri)
                let policy = page.headers[.contentSecurityPolicy] ?? ""
                #expect(policy.hasPrefix("default-src 'self'; style-src 'self'"), "\(uri)")
                #expect(!policy.contains("unsafe-inline"))
                #expect(page.headers[.xContentTypeOptions] == "nosniff")
                #expect(page.headers[values: .init("Referrer-Policy")!].first == "no-referrer")
            }
        }
    }

    @Test func headIsAnsweredAndOtherMethodsRefused() async throws {
        try await withServer(fixture) { client in
            let head = try await client.get("/documents/labour-law", method: .head)
            #expect(head.status == .ok)
            for method in [HTTPRequest.Method.post, .put, .delete] {
                let page = try await client.get("/", method: method)
                #expect(page.status.code >= 400 && page.status.code < 500, "\(method)")
            }
        }
    }

    @Test func pagesHaveNoInlineScriptOrStyle() async throws {
        try await withServer(fixture) { client in
            for uri in [
                "/", "/documents/labour-law", "/documents/labour-law/history", "/stakeholders",
                "/documents/labour-law/compare?from=~2&to=HEAD", "/documents/labour-law/endorsements", "/nothing",
            ] {
                let page = try await client.get(uri)
                #expect(!page.body.contains("<script"), "\(uri)")
                #expect(!page.body.contains("style=\""), "\(uri)")
                #expect(!page.body.contains("<style"), "\(uri)")
            }
        }
    }

    @Test func aMissingWorkspaceFailsAtStart() throws {
        #expect(throws: (any Error).self) {
            _ = try LegisWeb.buildRouter(ServerConfiguration(workspacePath: fixture.root + "/nothing-here"))
        }
    }
}
