import Foundation
import LegisTestSupport
import Testing

/// `export`, `diff --format docx`, `import FILE.docx`, `evidence` and `verify-evidence`, run as
/// a user runs them.
@Suite("Command line, exchange formats")
struct ExchangeCommandTests {
    let binary = repositoryRoot + "/.build/debug/legis"

    @Test func exportImportEvidenceAndVerifyThroughTheBinary() throws {
        try #require(FileManager.default.isExecutableFile(atPath: binary), "build the legis product first")
        let scratch = try Scratch()
        let demo = scratch.file("demo")
        #expect(
            try run(binary, ["demo", "--dir", demo, "--proposals", repositoryRoot + "/proposals"], in: scratch.path)
                .status == 0)
        let id = "labour-recruitment-agencies"
        let docx = scratch.file("lra.docx")
        let export = try run(
            binary, ["export", id, "--format", "docx", "--out", docx, "--repo", demo], in: scratch.path)
        #expect(export.status == 0, "\(export.error)")
        let redline = try run(
            binary, ["diff", id, "~2", "~0", "--format", "docx", "--out", scratch.file("r.docx"), "--repo", demo],
            in: scratch.path)
        #expect(redline.status == 0, "\(redline.error)")
        let akn = try run(binary, ["export", "\(id)@~1", "--format", "akn", "--repo", demo], in: scratch.path)
        #expect(akn.status == 0 && akn.output.contains("<akomaNtoso"))
        let imported = try run(binary, ["import", "copy", docx, author, "--repo", demo], in: scratch.path)
        #expect(imported.status == 0, "\(imported.error)")
        let refused = try run(
            binary, ["import", "copy2", scratch.file("r.docx"), author, "--repo", demo], in: scratch.path)
        #expect(refused.status == 1)
        #expect(refused.error.contains("--accept-changes"))

        let evidence = scratch.file("evidence.zip")
        let made = try run(binary, ["evidence", id, "--out", evidence, "--repo", demo], in: scratch.path)
        #expect(made.status == 0, "\(made.error)")
        let verified = try run(binary, ["verify-evidence", evidence], in: scratch.path)
        #expect(verified.status == 0, "\(verified.error)")
        #expect(verified.output.contains("valid"))
        var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: evidence)))
        bytes[bytes.count / 2] ^= 0xFF
        try Data(bytes).write(to: URL(fileURLWithPath: evidence))
        let tampered = try run(binary, ["verify-evidence", evidence], in: scratch.path)
        #expect(tampered.status == 1)
        #expect(tampered.error.hasPrefix("legis: "))
        let missing = try run(binary, ["evidence", id, "--repo", demo], in: scratch.path)
        #expect(missing.status == 2)
    }
}
