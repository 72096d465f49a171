import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import LegisServer
import Testing

/// A response read in full.
struct Page {
    var status: HTTPResponse.Status
    var headers: HTTPFields
    var body: String

    var contentType: String { headers[.contentType] ?? "" }

    /// The body decoded as a JSON object.
    func json() throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(body.utf8))
        return try #require(object as? [String: Any])
    }
}

/// Runs `body` with an in-process client of the web interface over the fixture's workspace.
func withServer(_ fixture: Fixture, _ body: @Sendable (Client) async throws -> Void) async throws {
    let router = try LegisWeb.buildRouter(ServerConfiguration(workspacePath: fixture.path))
    let app = Application(router: router)
    try await app.test(.router) { client in
        try await body(Client(client: client))
    }
}

/// Fetches pages from the application under test.
struct Client: Sendable {
    let client: any TestClientProtocol

    func get(_ uri: String, method: HTTPRequest.Method = .get) async throws -> Page {
        try await client.execute(uri: uri, method: method) { response in
            Page(status: response.status, headers: response.headers, body: String(buffer: response.body))
        }
    }
}

/// Checks that none of the hostile markup appears as is.
func expectEscaped(_ page: Page, sourceLocation: SourceLocation = #_sourceLocation) {
    for marker in Hostile.markers {
        #expect(!page.body.contains(marker), "unescaped \(marker)", sourceLocation: sourceLocation)
    }
}
