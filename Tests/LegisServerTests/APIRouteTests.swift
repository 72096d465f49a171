import Foundation
import HTTPTypes
import LegisDiff
import LegisServer
import LegisTracker
import Testing

/// The JSON twins under `/api`.
@Suite final class APIRouteTests {
    let fixture: Fixture

    init() throws { fixture = try Fixture.make() }
    deinit { fixture.remove() }

    @Test func listsTheDocuments() async throws {
        try await withServer(fixture) { client in
            let page = try await client.get("/api/documents")
            #expect(page.status == .ok)
            #expect(page.contentType.hasPrefix("application/json"))
            let documents = try #require(try page.json()["documents"] as? [[String: Any]])
            #expect(documents.map { $0["id"] as? String } == ["labour-law", "laws/penal-code"])
            let labour = documents[0]
            #expect(labour["kind"] as? String == "law")
            #expect(labour["status"] as? String == "draft")
            #expect((labour["latestDraft"] as? [String: Any])?["name"] as? String == "v2")
            let counts = try #require(labour["endorsements"] as? [String: Int])
            #expect(counts == ["current": 1, "stale": 1, "revoked": 1, "invalid": 1])
            #expect((labour["lastChange"] as? [String: Any])?["author"] as? String == "Test Drafter")
        }
    }

    @Test func returnsTheDocumentAtARevision() async throws {
        try await withServer(fixture) { client in
            let page = try await client.get("/api/documents/labour-law?rev=consultation-1")
            #expect(page.status == .ok)
            let json = try page.json()
            #expect((json["text"] as? String)?.contains("An agency needs a licence.") == true)
            let revision = try #require(json["revision"] as? [String: Any])
            #expect(revision["drafts"] as? [String] == ["consultation-1"])
            #expect(revision["isLatest"] as? Bool == false)
            let provisions = try #require(json["provisions"] as? [[String: Any]])
            #expect(
                provisions.contains {
                    $0["path"] as? String == "art-1/par-2" && $0["anchor"] as? String == "art-1-par-2"
                })
        }
    }

    @Test func returnsTheHistory() async throws {
        try await withServer(fixture) { client in
            let page = try await client.get("/api/documents/labour-law/history")
            #expect(page.status == .ok)
            let json = try page.json()
            let revisions = try #require(json["revisions"] as? [[String: Any]])
            #expect(revisions.count == 3)
            #expect((revisions[0]["inserted"] as? Int ?? 0) > 0, "the newest revision added words")
            #expect(revisions[2]["previous"] == nil || revisions[2]["previous"] is NSNull)
            #expect((json["drafts"] as? [[String: Any]])?.map { $0["name"] as? String } == ["v2", "consultation-1"])
        }
    }

    @Test func compareReturnsExactlyTheDiffJSON() async throws {
        let workspace = try Workspace.open(at: fixture.path)
        let expected = try workspace.compare(try DocumentID("labour-law"), from: "consultation-1", to: "HEAD").redline
            .json()
        try await withServer(fixture) { client in
            let page = try await client.get("/api/documents/labour-law/compare?from=consultation-1&to=HEAD")
            #expect(page.status == .ok)
            #expect(page.contentType.hasPrefix("application/json"))
            #expect(Array(page.body.utf8) == expected)
            // Served again from the cache: the same bytes.
            let again = try await client.get("/api/documents/labour-law/compare?from=consultation-1&to=HEAD")
            #expect(again.body == page.body)
        }
    }

    @Test func compareNeedsBothRevisions() async throws {
        try await withServer(fixture) { client in
            for uri in [
                "/api/documents/labour-law/compare", "/api/documents/labour-law/compare?from=v2",
                "/api/documents/labour-law/compare?to=v2",
            ] {
                let page = try await client.get(uri)
                #expect(page.status == .badRequest, "\(uri)")
                #expect(try page.json()["error"] is String)
            }
        }
    }

    @Test func returnsTheEndorsements() async throws {
        try await withServer(fixture) { client in
            let page = try await client.get("/api/documents/labour-law/endorsements")
            #expect(page.status == .ok)
            let json = try page.json()
            let reports = try #require(json["endorsements"] as? [[String: Any]])
            #expect(Set(reports.compactMap { $0["status"] as? String }) == ["current", "stale", "revoked", "invalid"])
            #expect(reports.contains { ($0["statement"] as? String)?.contains(Hostile.script) == true })
        }
    }

    @Test func returnsTheStakeholders() async throws {
        try await withServer(fixture) { client in
            let page = try await client.get("/api/stakeholders")
            #expect(page.status == .ok)
            let stakeholders = try #require(try page.json()["stakeholders"] as? [[String: Any]])
            #expect(stakeholders.count == 4)
            let research = try #require(stakeholders.first { $0["id"] as? String == "research-lab" })
            #expect((research["keys"] as? [[String: Any]])?.first?["revoked"] as? Bool == true)
            #expect((research["endorsements"] as? [[String: Any]])?.count == 1)
        }
    }
}
