import Foundation
import LegisDocument
import LegisExchange
import LegisGit
import LegisSignature
import LegisTestSupport
import Testing

@testable import LegisTracker

@Suite("Exchange formats")
struct ExchangeTests {
    /// Unzips `bytes` into `folder` with Legis's own reader (the package is then checked there
    /// with plain tools only).
    static func unzip(_ bytes: [UInt8], into folder: String) throws {
        let zip = try ZipReader(bytes, name: "evidence.zip")
        for path in zip.paths {
            let target = folder + "/" + path
            try FileManager.default.createDirectory(
                atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data(try #require(try zip.part(path))).write(to: URL(fileURLWithPath: target))
        }
    }

    /// The commands of the README's `sh` block.
    static func readmeScript(_ folder: String) throws -> String {
        let readme = try String(contentsOfFile: folder + "/README.md", encoding: .utf8)
        let start = try #require(readme.range(of: "```sh\n"))
        let end = try #require(readme.range(of: "```", range: start.upperBound..<readme.endIndex))
        return String(readme[start.upperBound..<end.lowerBound])
    }

    /// The package with one file replaced.
    static func replacing(_ path: String, in bytes: [UInt8], with change: ([UInt8]) -> [UInt8]) throws -> [UInt8] {
        let zip = try ZipReader(bytes, name: "evidence.zip")
        var out = ZipWriter()
        for name in zip.paths {
            let part = try #require(try zip.part(name))
            out.add(name, name == path ? change(part) : part)
        }
        return try out.archive()
    }

    static func replace(_ old: String, _ new: String) -> ([UInt8]) -> [UInt8] {
        { Array(String(decoding: $0, as: UTF8.self).replacingOccurrences(of: old, with: new).utf8) }
    }

    @Test func anEvidencePackageVerifiesOfflineWithPlainGitAndSSHKeygenAndATamperedOneFails() throws {
        let f = try EndorsementFixture()
        try f.workspace.endorse(
            f.id, as: "ngo-safe-home", signer: NativeSigner(key: f.ngo), stance: .supportWithReservations,
            statement: "We <support> & \"agree\" ]]> it.")
        try f.workspace.endorse(f.id, as: "police", signer: NativeSigner(key: f.police), stance: .support)
        let package = try f.workspace.evidence(DocumentReference(id: f.id, revision: nil))
        let report = try Workspace.verifyEvidence(package, name: "evidence.zip")
        #expect(report.checks.count == 4)

        let fresh = try TemporaryFolder()
        try Self.unzip(package, into: fresh.path)
        let script = try Self.readmeScript(fresh.path)
        #expect(script.contains("git -C check.git verify-tag") && script.contains("ssh-keygen -Y verify"))
        let good = try Tool.run("sh", ["-c", script], in: fresh.path)
        #expect(good.status == 0, "\(good.output)\n\(good.error)")
        #expect(good.output.hasSuffix("All checks passed.\n"))
        #expect((good.output + good.error).components(separatedBy: "Good \"git\" signature").count - 1 == 4)

        // The text changed by one word: plain tools and verify-evidence both fail.
        let tampered = try TemporaryFolder()
        try Self.unzip(package, into: tampered.path)
        let text = tampered.path + "/text.md"
        try (try String(contentsOfFile: text, encoding: .utf8)).replacingOccurrences(of: "two years", with: "ten years")
            .write(toFile: text, atomically: true, encoding: .utf8)
        let bad = try Tool.run("sh", ["-c", script], in: tampered.path)
        #expect(bad.status != 0)
        #expect(!bad.output.contains("All checks passed."))
        let edited = try Self.replacing("text.md", in: package, with: Self.replace("two years", "ten years"))
        #expect {
            try Workspace.verifyEvidence(edited, name: "edited.zip")
        } throws: { error in
            (error as? LegisError)?.kind == .verification && "\(error)".contains("text.md")
        }
    }

    @Test func anEvidencePackageWithAForgedStatementFailsEvenWithAnUpdatedManifest() throws {
        let f = try EndorsementFixture()
        let ref = try f.workspace.endorse(f.id, as: "ngo-safe-home", signer: NativeSigner(key: f.ngo), stance: .object)
        let package = try f.workspace.evidence(DocumentReference(id: f.id, revision: nil))
        let file = "endorsements/ngo-safe-home-\(ref.number).tag"
        var forged = try Self.replacing(file, in: package, with: Self.replace("Stance: object", "Stance: support"))
        let forgedTag = try #require(try ZipReader(forged, name: "f").part(file))
        forged = try Self.replacing("manifest.json", in: forged) { manifest in
            let text = String(decoding: manifest, as: UTF8.self)
            let original = try? ZipReader(package, name: "p").part(file)
            return Array(
                text.replacingOccurrences(of: Workspace.sha256Hex(original ?? []), with: Workspace.sha256Hex(forgedTag))
                    .utf8)
        }
        #expect {
            try Workspace.verifyEvidence(forged, name: "forged.zip")
        } throws: { error in
            "\(error)".contains(ref.name) || "\(error)".contains(file)
        }
        let fresh = try TemporaryFolder()
        try Self.unzip(forged, into: fresh.path)
        #expect(try Tool.run("sh", ["-c", try Self.readmeScript(fresh.path)], in: fresh.path).status != 0)
        #expect {
            try Workspace.verifyEvidence(Array("not a zip".utf8), name: "junk.zip")
        } throws: { ($0 as? LegisError)?.kind == .invalidInput }
    }

    @Test func aWordRedlineNamesTheAuthorOfEachChange() throws {
        let folder = try TemporaryFolder()
        let workspace = try Workspace.initialize(at: folder.path, author: tester)
        let id = try DocumentID("recruitment")
        let first = try folder.write("d1.md", Samples.draft1)
        try workspace.importDrafts(id, from: [first], author: tester)
        let maria = Author(name: "Maria \"Ministry\" & Co", email: "maria@example.org")
        let ion = Author(name: "Ion Jurist", email: "ion@example.org")
        let second = try folder.write("d2.md", Samples.draft2)
        try workspace.importDrafts(id, from: [second], author: maria)
        let third = try folder.write("d3.md", Samples.draft3)
        try workspace.importDrafts(id, from: [third], author: ion)
        let docx = try workspace.redlineDocx(id, from: "~2", to: "~0")
        let xml = String(
            decoding: try #require(try ZipReader(docx, name: "r").part("word/document.xml")), as: UTF8.self)
        #expect(xml.contains("w:author=\"Maria &quot;Ministry&quot; &amp; Co\""))
        #expect(xml.contains("w:author=\"Ion Jurist\""))
        #expect(xml.contains("<w:delText xml:space=\"preserve\">three</w:delText>"))
    }

    @Test func wordDocumentsImportAsRevisionsAndTrackedChangesAreRefusedBeforeAnythingIsCommitted() throws {
        let folder = try TemporaryFolder()
        let workspace = try Samples.workspace(in: folder)
        let id = try DocumentID("recruitment")
        let clean = try folder.write("clean.docx", "")
        try Data(try workspace.exportDocx(DocumentReference(id: id, revision: "consultation")))
            .write(to: URL(fileURLWithPath: clean))
        let redline = folder.file("redline.docx")
        try Data(try workspace.redlineDocx(id, from: "~2", to: "~0")).write(to: URL(fileURLWithPath: redline))
        let before = try workspace.log(of: id).count
        #expect {
            try workspace.importWordDrafts(
                try DocumentID("copy"), from: [clean, redline], author: tester, acceptChanges: false)
        } throws: { ($0 as? LegisError)?.kind == .invalidInput && "\($0)".contains("--accept-changes") }
        #expect(try workspace.log(of: id).count == before)
        let report = try workspace.importWordDrafts(
            try DocumentID("copy"), from: [clean, redline], author: tester, acceptChanges: true)
        #expect(report.commits.count == 2)
        let copy = try workspace.document(of: try workspace.revision(of: try DocumentID("copy")))
        let latest = try workspace.document(of: try workspace.revision(of: id))
        #expect(copy.allProvisions.map(\.path) == latest.allProvisions.map(\.path))
        let akn = try workspace.exportAkomaNtoso(DocumentReference(id: id, revision: "consultation"))
        #expect(akn.contains("<bill name=\"recruitment\">") && akn.contains("eId=\"art_2__para_2\""))
    }
}
