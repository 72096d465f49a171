import Foundation
import LegisGit
import LegisTestSupport
import Testing

@testable import LegisTracker

@Suite("Document index built on two threads")
struct DocumentIndexThreadsTests {
    /// A repository of 300 documents over several commits, among them files that cannot be read
    /// as documents: invalid UTF-8, a NUL byte, more than 8 MiB, an unclosed front matter.
    static func makeWorkspace(in folder: TemporaryFolder) throws -> Workspace {
        try Git.run(["init", "-q", "-b", "main"], in: folder.path)
        for batch in 0..<3 {
            for number in stride(from: batch, to: 300, by: 3) {
                let letter = String(UnicodeScalar(UInt8(ascii: "a") + UInt8(number % 7)))
                try folder.write(
                    "\(letter)/law\(number)/index.md",
                    "---\ntitle: Law \(number)\nstatus: draft\n---\n\n# Law \(number)\n\n### Article 1\n\n(1) Text \(number).\n"
                )
            }
            try Git.run(["add", "-A"], in: folder.path)
            try Git.run(["commit", "-q", "-m", "Batch \(batch)"], in: folder.path)
        }
        func write(_ path: String, _ bytes: Data) throws {
            let url = URL(fileURLWithPath: folder.file(path))
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try bytes.write(to: url)
        }
        try write(
            "b/latin1/index.md", Data([0x2D, 0x2D, 0x2D, 0x0A, 0x74, 0x3A, 0xFF, 0xFE, 0x0A, 0x2D, 0x2D, 0x2D, 0x0A]))
        try write("c/nul/index.md", Data("---\ntitle: Nul\n---\n\nText\0more\n".utf8))
        try write("d/huge/index.md", Data(repeating: UInt8(ascii: "x"), count: 8 * 1024 * 1024 + 1))
        try folder.write("e/unclosed/index.md", "---\ntitle: Never closed\n\n# Text\n")
        try folder.write("a/law7/index.md", "---\ntitle: Law 7, amended\nkind: bill\n---\n\n# Law 7\n")
        try Git.run(["add", "-A"], in: folder.path)
        try Git.run(["commit", "-q", "-m", "Problems and an amendment"], in: folder.path)
        return try Workspace.open(at: folder.path)
    }

    @Test func twoThreadsGiveTheIndexOfOneThread() throws {
        let folder = try TemporaryFolder()
        let workspace = try Self.makeWorkspace(in: folder)
        let tip = try #require(try workspace.tip())
        let one = try DocumentIndex.build(in: workspace, tip: tip, threads: 1)
        #expect(one.entries.count == 304)
        for _ in 0..<3 {
            let two = try DocumentIndex.build(in: workspace, tip: tip, threads: 2)
            #expect(two == one)
            #expect(two.encoded() == one.encoded())
        }
        let problems = one.entries.filter { $0.problem != nil }.map(\.path)
        #expect(problems == ["b/latin1/index.md", "c/nul/index.md", "d/huge/index.md", "e/unclosed/index.md"])
        let amended = try #require(one.entries.first { $0.path == "a/law7/index.md" })
        #expect(amended.title == "Law 7, amended")
        #expect(amended.kind == "bill")
        #expect(one.changes[amended.change].summary == "Problems and an amendment")
        let untouched = try #require(one.entries.first { $0.path == "a/law0/index.md" })
        #expect(untouched.title == "Law 0")
        #expect(one.changes[untouched.change].summary == "Batch 0")
    }

    @Test func theIndexAgreesWithTheHistoryOfEachDocument() throws {
        let folder = try TemporaryFolder()
        let workspace = try Self.makeWorkspace(in: folder)
        let documents = try workspace.documents()
        #expect(documents.count == 304)
        for entry in documents where entry.id.rawValue.hasPrefix("a/") || entry.problem != nil {
            let newest = try #require(try workspace.log(of: entry.id, limit: 1).first)
            #expect(entry.lastChange?.commit == newest.commit, "last change of \(entry.id)")
        }
    }
}
