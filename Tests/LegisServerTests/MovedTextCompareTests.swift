import Foundation
import HTTPTypes
import LegisDiff
import LegisGit
import LegisTracker
import Testing

@testable import LegisServer

/// The compare page marks moved text apart from deletions and insertions, in the text as it
/// reads, in the text as written and in the synopsis, with where it went or came from.
@Suite final class MovedTextCompareTests {
    /// A sentence of article 2 (1) that ends article 7 (1) in the new version; hostile markup in it.
    static let sentence = "No agency may charge a fee to a person who looks for work \(Hostile.script)."

    static let old = """
        ---
        title: Recruitment Agencies Act
        language: en
        ---

        # Law on recruitment agencies

        ### Article 1 Scope

        (1) This law applies to agencies that recruit workers.

        ### Article 2 Principles

        (1) Agencies respect the principle of equal opportunities. \(sentence)

        (2) Agencies keep personal data confidential.

        ### Article 3 Licensing

        (1) The licence is valid for three years.

        ### Article 4 Register

        (1) The inspectorate keeps the register of licensed agencies.

        ### Article 5 Duties

        (1) Agencies inform workers of the conditions of work offered.

        ### Article 6 Control

        (1) The inspectorate controls
        the agencies at least once a year.

        ### Article 7 Fees

        (1) Agencies may charge fees to employers only.

        (2) Fees are shown at the office of the agency.

        """

    /// The sentence moved to article 7 (1), a word changed in article 3, article 6 rewrapped.
    static let new =
        old
        .replacingOccurrences(of: " " + sentence, with: "")
        .replacingOccurrences(of: "to employers only.", with: "to employers only. " + sentence)
        .replacingOccurrences(of: "three years", with: "five years")
        .replacingOccurrences(of: "controls\nthe agencies", with: "controls the\nagencies")

    let fixture: Fixture
    let from: String

    init() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("legis-web-\(UUID().uuidString)").path
        let path = root + "/workspace"
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        let workspace = try Workspace.initialize(at: path, author: Fixture.author)
        let files = [root + "/agencies-v1.md", root + "/agencies-v2.md"]
        try Self.old.write(toFile: files[0], atomically: true, encoding: .utf8)
        try Self.new.write(toFile: files[1], atomically: true, encoding: .utf8)
        let commits = try workspace.importDrafts(try DocumentID("agencies"), from: files, author: Fixture.author)
        fixture = Fixture(root: root, path: path)
        from = commits[0].hex
    }

    deinit { fixture.remove() }

    static let movedTo = "<del class=\"moved\" title=\"moved to Article 7(1)\">"
    static let movedFrom = "<ins class=\"moved\" title=\"moved from Article 2(1)\">"

    /// The part of the page from `start` to the end of its section.
    static func section(_ page: String, from start: String) throws -> String {
        let begin = try #require(page.range(of: start), "no \(start)")
        let end = page.range(of: "</section>", range: begin.upperBound..<page.endIndex)?.lowerBound ?? page.endIndex
        return String(page[begin.lowerBound..<end])
    }

    @Test(arguments: ["", "&view=raw"])
    func movedTextIsMarkedWithWhereItWentAndCameFrom(_ view: String) async throws {
        let uri = "/documents/agencies/compare?from=\(from)&to=latest\(view)"
        try await withServer(fixture) { client in
            let page = try await client.get(uri)
            #expect(page.status == .ok)
            let redline = try Self.section(page.body, from: "<div class=\"redline")
            let synopsis = try Self.section(page.body, from: "<table class=\"synopsis\">")
            for part in [redline, synopsis] {
                #expect(part.contains(Self.movedTo + "No agency may charge"), "\(part)")
                #expect(part.contains(Self.movedFrom + "No agency may charge"), "\(part)")
                #expect(part.contains("&lt;script&gt;alert(1)&lt;/script&gt;.</"), "the moved text, escaped")
            }
            #expect(
                page.body.contains(
                    "<p class=\"legend\">Moved text: <del class=\"moved\">where it stood</del>, "
                        + "<ins class=\"moved\">where it stands now</ins>.</p>"))
            #expect(page.body.contains("<span class=\"kind\">moved</span>"))
            expectEscaped(page)
        }
    }

    @Test(arguments: ["", "&view=raw"])
    func plainChangesAndRewrapsAreNotMarkedAsMoved(_ view: String) async throws {
        let uri = "/documents/agencies/compare?from=\(from)&to=latest\(view)"
        try await withServer(fixture) { client in
            let page = try await client.get(uri)
            let redline = try Self.section(page.body, from: "<div class=\"redline")
            let synopsis = try Self.section(page.body, from: "<table class=\"synopsis\">")
            for part in [redline, synopsis] {
                #expect(part.contains("<del>three</del>") && part.contains("<ins>five</ins>"), "\(part)")
            }
            #expect(redline.contains("controls the\nagencies at least once a year."), "a rewrap reads as the new text")
            for part in [redline, synopsis] {
                #expect(!part.contains("controls</del>") && !part.contains("<ins>the"), "a rewrap is no change")
            }
            // Only the sentence is moved: once on each side in the text; in the synopsis, in the
            // rows of articles 2 (1) and 7 (1) and in the row of the move.
            #expect(redline.components(separatedBy: "class=\"moved\"").count - 1 == 2, "\(redline)")
            #expect(synopsis.components(separatedBy: "class=\"moved\"").count - 1 == 4, "\(synopsis)")
        }
    }

    @Test func aComparisonWithoutMovesHasNoMovedLegend() async throws {
        let plain = try Fixture.make(endorsements: false)
        defer { plain.remove() }
        try await withServer(plain) { client in
            let page = try await client.get("/documents/labour-law/compare?from=consultation-1&to=HEAD")
            #expect(page.status == .ok)
            #expect(page.body.contains("<ins>") && page.body.contains("<del>"))
            #expect(!page.body.contains("class=\"moved\"") && !page.body.contains("Moved text"))
        }
    }

    @Test func theWhereaboutsOfMovedTextAreAnEscapedAttribute() {
        var writer = ReadingWriter()
        writer.add(.delete, Array("the words".utf8)[...], moved: "moved to \(Hostile.attribute)")
        let html = writer.finish()
        let title = "moved to &quot;&gt;&lt;img src=x onerror=alert(1)&gt;"
        #expect(html == "<p><del class=\"moved\" title=\"\(title)\">the words</del></p>\n")
        var raw = ReadingWriter(asWritten: true)
        raw.add(.insert, Array("the words".utf8)[...], moved: "moved from 'x'")
        #expect(raw.finish() == "<ins class=\"moved\" title=\"moved from &#39;x&#39;\">the words</ins>")
    }
}
