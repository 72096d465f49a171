import Foundation
import HTTPTypes
import LegisServer
import LegisTracker
import Testing

/// The amendment pages and their JSON twins, with hostile text in every field a person writes.
@Suite final class AmendmentRouteTests {
    let fixture: Fixture

    init() throws {
        fixture = try Fixture.make()
        let workspace = try Workspace.open(at: fixture.path)
        let id = try DocumentID(Fixture.documentID)
        let text = try workspace.text(of: try workspace.revision(of: id))
        try workspace.tableAmendment(
            id, text: Array((text + "\n\(Hostile.all)\n").utf8), title: "Add \(Hostile.script)",
            rationale: "Because \(Hostile.all)", sponsors: ["ngo-safe-home"], author: Fixture.author)
        try workspace.decideAmendment(id, 1, .rejected, note: "No \(Hostile.attribute)", author: Fixture.author)
    }

    deinit { fixture.remove() }

    @Test func theListAndTableAreEscaped() async throws {
        try await withServer(fixture) { client in
            let page = try await client.get("/documents/labour-law/amendments")
            #expect(page.status == .ok)
            #expect(page.body.contains("Table of amendments"))
            #expect(page.body.contains("Rejected"))
            #expect(page.body.contains("&lt;script&gt;"))
            expectEscaped(page)
            let api = try await client.get("/api/documents/labour-law/amendments")
            #expect(api.status == .ok)
            let amendments = try #require(try api.json()["amendments"] as? [[String: Any]])
            #expect(amendments.first?["status"] as? String == "rejected")
            #expect((amendments.first?["title"] as? String)?.contains(Hostile.script) == true)
        }
    }

    @Test func oneAmendmentShowsRedlineInstructionsAndHistory() async throws {
        try await withServer(fixture) { client in
            let page = try await client.get("/documents/labour-law/amendments/1")
            #expect(page.status == .ok)
            #expect(page.body.contains("<ins>"))
            #expect(page.body.contains("Amending instructions"))
            #expect(page.body.contains("Tabled"))
            expectEscaped(page)
            let api = try await client.get("/api/documents/labour-law/amendments/1")
            let json = try api.json()
            let instructions = try #require(json["instructions"] as? [String: String])
            #expect(Set(instructions.keys) == ["en", "ro", "de"])
            let history = try #require((json["amendment"] as? [String: Any])?["history"] as? [[String: Any]])
            #expect(history.map { $0["status"] as? String } == ["tabled", "rejected"])
            #expect(try await client.get("/documents/labour-law/amendments/9").status == .notFound)
            #expect(try await client.get("/api/documents/labour-law/amendments/x").status == .badRequest)
        }
    }
}
