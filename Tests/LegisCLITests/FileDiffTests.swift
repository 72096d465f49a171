import LegisTestSupport
import Testing

@testable import legis

/// `diff --files` read without ArgumentParser: the same result, and every other form left to
/// ArgumentParser.
@Suite struct FileDiffTests {
    @Test func readsTheCommonForms() throws {
        let plain = try #require(FileDiff(quick: ["diff", "--files", "a.md", "b.md"]))
        #expect(plain.old == "a.md" && plain.new == "b.md" && plain.format == .terminal && plain.language == nil)
        let options = try #require(
            FileDiff(quick: ["diff", "--format", "json", "--files", "a.md", "--language=de", "b.md"]))
        #expect(options.old == "a.md" && options.new == "b.md" && options.format == .json && options.language == "de")
        let equals = try #require(FileDiff(quick: ["diff", "--files", "a.md", "b.md", "--format=stat"]))
        #expect(equals.format == .stat)
    }

    @Test func leavesEverythingElseToArgumentParser() {
        let others: [[String]] = [
            ["log", "--files", "a.md", "b.md"],
            ["diff", "a.md", "b.md"],
            ["diff", "--files", "a.md"],
            ["diff", "--files", "a.md", "b.md", "c.md"],
            ["diff", "--files", "a.md", "b.md", "--help"],
            ["diff", "--files", "a.md", "b.md", "-h"],
            ["diff", "--files", "a.md", "b.md", "--format", "pdf"],
            ["diff", "--files", "a.md", "b.md", "--format"],
            ["diff", "--files", "a.md", "b.md", "--format", "json", "--format", "word"],
            ["diff", "--files", "a.md", "b.md", "--language", "fr"],
            ["diff", "--files", "--files", "a.md", "b.md"],
            ["diff", "--files", "a.md", "b.md", "--repo", "."],
            ["diff", "--files", "--", "a.md", "b.md"],
            ["diff", "--files=yes", "a.md", "b.md"],
        ]
        for arguments in others { #expect(FileDiff(quick: arguments) == nil, "\(arguments)") }
    }

    @Test func printsWhatTheCommandPrints() async throws {
        let scratch = try Scratch()
        let old = try scratch.write("old.md", draft1)
        let new = try scratch.write("new.md", draft2)
        for format in Diff.Format.allCases {
            let quick = await legis("diff", "--files", old, new, "--format", format.rawValue)
            // `--repo` is accepted by the command and ignored with --files; the quick reader
            // does not know it, so this run goes through ArgumentParser.
            let parsed = await legis("diff", "--files", old, new, "--format", format.rawValue, "--repo", scratch.path)
            #expect(quick.status == 0 && parsed.status == 0)
            #expect(quick.output == parsed.output, "\(format)")
            #expect(!quick.output.isEmpty)
        }
        let missing = await legis("diff", "--files", old, scratch.file("nope.md"))
        #expect(missing.status == 1)
        #expect(missing.error == "legis: \(scratch.file("nope.md")): no such file.\n")
        let badFormat = await legis("diff", "--files", old, new, "--format", "pdf")
        #expect(badFormat.status == 2)
    }
}
