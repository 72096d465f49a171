import Foundation
import LegisDiff
import LegisDocument
import LegisExchange
import LegisTestSupport
import Testing

@Suite("DOCX redlines")
struct DocxRedlineTests {
    /// Every pair of drafts of every proposal: (name, old path, new path).
    static var pairs: [(String, String, String)] {
        Fixtures.proposals.flatMap { proposal in
            zip(proposal.drafts, proposal.drafts.dropFirst()).map { (proposal.name, $0, $1) }
                + [(proposal.name, proposal.drafts[0], proposal.drafts[proposal.drafts.count - 1])]
        }
    }

    static func redline(_ oldPath: String, _ newPath: String) throws -> [UInt8] {
        let old = try Fixtures.document(oldPath)
        let new = try Fixtures.document(newPath)
        return try DocxWriter.redline(
            DocumentDiff.compare(old, new), old: old, new: new,
            attribution: RevisionAttribution(fallback: Fixtures.author), properties: Fixtures.properties(new))
    }

    @Test func everyChangeIsARevisionWithAUniqueIDAndItsAuthor() throws {
        #expect(Self.pairs.count >= 9)
        for (name, oldPath, newPath) in Self.pairs {
            let xml = try XMLChecks.documentXML(try Self.redline(oldPath, newPath))
            let checks = try #require(XMLChecks.parse(xml), "\(name): document.xml is not well-formed")
            #expect(!checks.revisionIDs.isEmpty, "\(name)")
            #expect(Set(checks.revisionIDs).count == checks.revisionIDs.count, "\(name): revision ids repeat")
            #expect(checks.authors == [Fixtures.author.name])
            #expect((checks.elements["w:delText"] ?? 0) > 0 && (checks.elements["w:ins"] ?? 0) > 0)
        }
    }

    @Test(
        .enabled(if: ExternalTool.shouldRun("pandoc"), "pandoc is not installed (script/setup --tests installs it)"))
    func pandocAcceptingGivesTheNewWordingAndRejectingTheOld() throws {
        let folder = try TemporaryFolder()
        for (index, (name, oldPath, newPath)) in Self.pairs.enumerated() {
            let file = try Fixtures.write(try Self.redline(oldPath, newPath), "redline-\(index).docx", in: folder)
            for (mode, expected) in [("accept", newPath), ("reject", oldPath)] {
                let result = try Tool.run(
                    "pandoc", ["-s", "--track-changes=\(mode)", "-t", "plain", "--wrap=none", file], in: folder.path)
                #expect(result.status == 0, "\(name) \(mode): \(result.error)")
                let words = Fixtures.words(result.output)
                let wanted = Fixtures.bodyWords(try Fixtures.document(expected))
                #expect(words == wanted, "\(name) \(mode): \(Self.firstDifference(words, wanted))")
            }
        }
    }

    @Test(
        .enabled(
            if: ExternalTool.shouldRun("soffice"),
            "LibreOffice is not installed (script/setup --tests installs libreoffice-writer-nogui)"),
        .timeLimit(.minutes(5)))
    func libreOfficeConvertsEveryRedlineWithoutError() throws {
        let folder = try TemporaryFolder()
        var files: [String] = []
        for (index, (_, oldPath, newPath)) in Self.pairs.enumerated() {
            files.append(try Fixtures.write(try Self.redline(oldPath, newPath), "redline-\(index).docx", in: folder))
        }
        let result = try Tool.run(
            "soffice",
            [
                "-env:UserInstallation=file://\(folder.path)/profile", "--headless", "--convert-to", "txt", "--outdir",
                folder.file("out"),
            ] + files, in: folder.path)
        #expect(result.status == 0, "\(result.error)")
        for index in files.indices {
            let text = try String(contentsOfFile: folder.file("out/redline-\(index).txt"), encoding: .utf8)
            #expect(Fixtures.words(text).count > 100)
        }
    }

    @Test func hostileTextAndAuthorsStillMakeWellFormedXML() throws {
        let hostile = "Tom & <Jerry> \"quoted\" 'single' ]]> \u{1}\u{8}\u{B}\u{C}\u{1F}\u{FFFE}\u{FFFF} \u{7F} end"
        let old = try Document.parse(
            "---\ntitle: \"T \\u0001 <&>\"\n---\n\n# Law \(hostile)\n\n### Article 1\n\n(1) First \(hostile).\n")
        let new = try Document.parse(
            "# Law\n\n### Article 1\n\n(1) First \(hostile) changed.\n\n### Article 2 — \(hostile)\n\n(1) New.\n")
        let author = RevisionAuthor(name: hostile, date: Fixtures.author.date)
        let redline = try DocxWriter.redline(
            DocumentDiff.compare(old, new), old: old, new: new, attribution: RevisionAttribution(fallback: author),
            properties: DocxProperties(
                title: hostile, kind: hostile, status: hostile, creator: hostile, modified: author.date))
        let clean = try DocxWriter.document(old, properties: DocxProperties(title: hostile, modified: author.date))
        for docx in [redline, clean] {
            let zip = try ZipReader(docx, name: "hostile.docx")
            for part in zip.paths where part.hasSuffix(".xml") || part.hasSuffix(".rels") {
                let xml = String(decoding: try zip.part(part) ?? [], as: UTF8.self)
                #expect(XMLChecks.parse(xml) != nil, "\(part) is not well-formed")
            }
        }
        let checks = try #require(XMLChecks.parse(try XMLChecks.documentXML(redline)))
        #expect(checks.authors.count == 1)
        #expect(checks.text.contains("Tom & <Jerry>"))
    }

    static func firstDifference(_ a: [Substring], _ b: [Substring]) -> String {
        let index = (0..<min(a.count, b.count)).first { a[$0] != b[$0] } ?? min(a.count, b.count)
        return "\(a.count) vs \(b.count) words; first difference at \(index): "
            + "\(a[index..<min(a.count, index + 6)].joined(separator: " ")) | \(b[index..<min(b.count, index + 6)].joined(separator: " "))"
    }
}
