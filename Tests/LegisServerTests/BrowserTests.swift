import Foundation
import Hummingbird
import HummingbirdTesting
import LegisServer
import LegisTracker
import Testing

/// The real server on a loopback port, opened by a real headless Chromium over the demo workspace.
/// Skipped where Chromium is missing, except in CI (`CI` set), where a missing browser fails the run.
@Suite(
    .enabled(
        if: Browser.path != nil || ProcessInfo.processInfo.environment["CI"] != nil,
        "chromium is not on PATH (script/setup --tests installs it)"))
struct BrowserTests {
    /// The repository root: Tests/LegisServerTests/BrowserTests.swift → up two folders.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path

    @Test func opensThePagesOfTheDemo() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("legis-browser-\(UUID().uuidString)")
            .path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let workspacePath = folder + "/demo"
        try Demo.build(at: workspacePath, proposals: Self.root + "/proposals")
        let documents = try Workspace.open(at: workspacePath).documents()
        let first = try #require(documents.first, "the demo has documents")
        let encoded = first.id.rawValue.replacingOccurrences(of: "/", with: "%2F")
        let screenshots = Self.root + "/.build/screenshots"
        try FileManager.default.createDirectory(atPath: screenshots, withIntermediateDirectories: true)

        let app = try LegisWeb.makeApplication(
            ServerConfiguration(workspacePath: workspacePath, host: "127.0.0.1", port: 0))
        try await app.test(.live) { client in
            let port = try #require(client.port)
            let base = "http://127.0.0.1:\(port)"
            let browser = try Browser(profile: folder + "/profile")

            let list = try await browser.dumpDOM(base + "/")
            #expect(list.contains("<h1>Documents</h1>"))
            for document in documents {
                #expect(list.contains(HTMLText.escape(document.title)), "\(document.id) is listed")
            }

            let text = try await browser.dumpDOM(base + "/documents/\(encoded)")
            #expect(text.contains("class=\"provision"))
            #expect(text.contains("class=\"permalink\""))

            let compareURL = base + "/documents/\(encoded)/compare?from=~2&to=HEAD"
            let compare = try await browser.dumpDOM(compareURL)
            #expect(compare.contains("<ins>"))
            #expect(compare.contains("<del>"))
            #expect(compare.contains("<table class=\"synopsis\">"))
            let screenshot = screenshots + "/compare.png"
            try? FileManager.default.removeItem(atPath: screenshot)
            try await browser.screenshot(compareURL, to: screenshot)
            #expect(FileManager.default.fileExists(atPath: screenshot))

            let endorsements = try await browser.dumpDOM(base + "/documents/\(encoded)/endorsements")
            for status in ["current", "stale", "revoked", "invalid"] {
                #expect(
                    endorsements.contains("<span class=\"status \(status)\">\(status)</span>"), "\(status) is shown")
            }

            let stakeholders = try await browser.dumpDOM(base + "/stakeholders")
            #expect(stakeholders.contains("<h1>Stakeholders</h1>"))
        }
    }
}

/// Escaping as the pages do it, to find a title in the DOM.
enum HTMLText {
    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }
}
