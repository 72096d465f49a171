import Foundation
import LegisDiff
import LegisTestSupport
import LegisTracker
import Testing

@Suite("Comparing large revisions, loose and packed")
struct PackedComparisonTests {
    /// A bill of `articles` articles; every seventh says `period` instead of "three years".
    private static func bill(articles: Int, period: String) -> String {
        var text = "---\ntitle: Law on Labour Recruitment Agencies\nkind: bill\nstatus: draft\nlanguage: en\n---\n\n"
        text += "# Law on Labour Recruitment Agencies\n\n"
        for article in 1...articles {
            text += "## Article \(article) — Duty \(article)\n\n"
            text += "(1) An agency registered under Article \(article) shall keep the records of each worker "
            text += "it recruits for \(article % 7 == 0 ? period : "three years") after the contract ends.\n\n"
            text += "(2) The inspectorate may ask for those records at any time and the agency shall hand "
            text += "them over within ten working days.\n\n"
        }
        return text
    }

    @Test("The redline of a large law is the same read from loose objects and from git's packs")
    func looseAndPacked() throws {
        let folder = try TemporaryFolder()
        let workspace = try Workspace.initialize(at: folder.path, author: tester)
        let first = try folder.write("drafts/01.md", Self.bill(articles: 700, period: "three years"))
        let second = try folder.write("drafts/02.md", Self.bill(articles: 700, period: "five years"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: first)).count * 2 > DocumentDiff.parallelMinimumBytes)
        let id = try DocumentID("recruitment")
        try workspace.importDrafts(id, from: [first, second], author: tester)
        try FileManager.default.removeItem(atPath: folder.file("drafts"))
        let loose = try workspace.compare(id, from: "latest-1")
        #expect(loose.redline.provisions.count == 100)

        try Git.run(["gc", "-q", "--aggressive"], in: folder.path)
        let counts = try Git.run(["count-objects", "-v"], in: folder.path).output
        #expect(counts.contains("\ncount: 0\n") || counts.hasPrefix("count: 0\n"), "every object is packed")
        let packed = try Workspace.open(at: folder.path).compare(id, from: "latest-1")
        #expect(packed.redline.json() == loose.redline.json())
    }
}
