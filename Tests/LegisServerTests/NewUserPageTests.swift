import Foundation
import HTTPTypes
import LegisGit
import LegisServer
import LegisTestSupport
import LegisTracker
import Testing

/// The pages as a new reader meets them: the latest revision, positions, unverified claims,
/// files that break the rules.
@Suite final class NewUserPageTests {
    let fixture: Fixture

    init() throws { fixture = try Fixture.make() }
    deinit { fixture.remove() }

    /// The part of `body` from `start` up to the next `end` (or the end).
    static func section(_ body: String, from start: String, to end: String) -> String {
        guard let from = body.range(of: start) else { return "" }
        let rest = body[from.lowerBound...]
        guard let to = rest.dropFirst(start.count).range(of: end) else { return String(rest) }
        return String(rest[..<to.lowerBound])
    }

    @Test func theLatestRevisionIsTheDocumentsOwn() async throws {
        let workspace = try Workspace.open(at: fixture.path)
        let id = try DocumentID(Fixture.documentID)
        let latest = try #require(try workspace.log(of: id).first).commit
        let tip = try #require(try workspace.tip())
        #expect(latest != tip)
        try await withServer(fixture) { client in
            let page = try await client.get("/documents/labour-law")
            #expect(page.status == .ok)
            #expect(page.body.contains(String(latest.hex.prefix(7))))
            #expect(!page.body.contains(String(tip.hex.prefix(7))))
        }
    }

    @Test func anInvalidEndorsementsClaimsAreMarkedUnverified() async throws {
        try await withServer(fixture) { client in
            let page = try await client.get("/documents/labour-law/endorsements")
            #expect(page.status == .ok)
            let research = Self.section(page.body, from: "id=\"stakeholder-research-lab\"", to: "</section>")
            #expect(research.contains("<span class=\"status invalid\">invalid</span>"))
            #expect(research.contains("Unverified"))
            #expect(research.contains("<span class=\"claimed\">support</span>"))
            #expect(!research.contains("<span class=\"stance\">"), "a claim is not shown as a stance")
        }
    }

    @Test func endorsementsPageShowsPositionsAndWhoIsMissing() async throws {
        let workspace = try Workspace.open(at: fixture.path)
        let id = try DocumentID(Fixture.documentID)
        let stale = try #require(try workspace.endorsements(of: id).first { $0.stakeholder == "police-unit" })
        let staleCommit = try #require(stale.commit)
        try await withServer(fixture) { client in
            let page = try await client.get("/documents/labour-law/endorsements")
            let positions = Self.section(page.body, from: "<section class=\"positions\">", to: "</section>")
            #expect(positions.contains("Safe Home &lt;script&gt;"))
            #expect(positions.contains("Police Unit"))
            #expect(!positions.contains("Research Lab"), "an invalid endorsement is no position")
            #expect(!positions.contains("Magistrates"), "a revoked endorsement is no position")
            #expect(positions.contains("href=\"/documents/labour-law?rev=\(staleCommit.hex)\""))
            let missing = Self.section(page.body, from: "<section class=\"not-endorsing\">", to: "</section>")
            for name in ["Police Unit", "Research Lab", "research-lab", "magistrates"] {
                #expect(missing.contains(name), "\(name)")
            }
            #expect(!missing.contains("ngo-safe-home"))
            expectEscaped(page)
        }
    }

    @Test func aFileThatBreaksTheRulesGetsAPageSayingWhatIsWrong() async throws {
        let documents = fixture.path + "/documents"
        var bytes = Array("---\ntitle: Broken\n---\n\n# Broken\n\nCaf".utf8)
        bytes += [0xE9, 0x0A]
        try Data(bytes).write(to: URL(fileURLWithPath: documents + "/broken.md"))
        try "---\ntitle: Odd\nkind: poem\n---\n\n# Odd\n".write(toFile: documents + "/odd.md", atomically: true, encoding: .utf8)
        #expect(try Tool.git(["add", "documents"], in: fixture.path).status == 0)
        #expect(try Tool.git(["commit", "-qm", "Plain git"], in: fixture.path).status == 0)
        try await withServer(fixture) { client in
            let listing = try await client.get("/")
            #expect(listing.status == .ok)
            let row = Self.section(listing.body, from: "href=\"/documents/broken\"", to: "</tr>")
            #expect(row.contains("cannot be read as a document"))
            #expect(row.contains("UTF-8"))
            for address in ["/documents/broken", "/documents/odd"] {
                let page = try await client.get(address)
                #expect(page.status.code == 422, "\(address)")
                #expect(!page.body.contains("Bad request"))
                #expect(page.body.contains("This document cannot be shown"))
                #expect(page.body.contains("correct the file"))
            }
        }
    }
}

/// Error pages written for a browser reader.
@Suite final class NewUserErrorPageTests {
    let fixture: Fixture

    init() throws { fixture = try Fixture.make(endorsements: false) }
    deinit { fixture.remove() }

    @Test func anUnknownDocumentPageSpeaksOfPagesNotCommands() async throws {
        try await withServer(fixture) { client in
            let page = try await client.get("/documents/nosuch")
            #expect(page.status == .notFound)
            #expect(page.body.contains("There is no document"))
            #expect(page.body.contains("The home page lists every document."))
            #expect(!page.body.contains("legis "))
        }
    }
}
