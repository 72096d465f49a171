import LegisTestSupport
import Testing

@testable import legis

/// `diff ID A [B]` read without ArgumentParser: the same bytes and statuses as the parsed
/// command, and every other form left to ArgumentParser.
@Suite struct RevisionDiffTests {
    @Test func readsTheCommonForms() throws {
        let two = try #require(RevisionDiff(quick: ["diff", "organs", "latest-1"]))
        #expect(two.id == "organs" && two.from == "latest-1" && two.to == nil && two.format == .terminal && two.repo == nil)
        let all = try #require(
            RevisionDiff(quick: ["diff", "--repo", "ws", "organs", "v1", "--format=json", "v2"]))
        #expect(all.id == "organs" && all.from == "v1" && all.to == "v2" && all.format == .json && all.repo == "ws")
        let equals = try #require(RevisionDiff(quick: ["diff", "organs", "v1", "v2", "--repo=ws", "--format", "stat"]))
        #expect(equals.repo == "ws" && equals.format == .stat)
    }

    @Test func everyFormatButDocxIsKnownByName() {
        for format in Diff.Format.allCases {
            #expect(QuickDiffArguments.format(named: format.rawValue) == (format == .docx ? nil : format))
        }
        #expect(QuickDiffArguments.format(named: "JSON") == nil)
    }

    @Test func leavesEverythingElseToArgumentParser() {
        let others: [[String]] = [
            ["diff", "organs"],
            ["diff", "organs", "v1", "v2", "v3"],
            ["diff", "--files", "a.md", "b.md"],
            ["diff", "organs", "v1", "--language", "en"],
            ["diff", "organs", "v1", "--format", "instructions"],
            ["diff", "organs", "v1", "--format", "docx", "--out", "x.docx"],
            ["diff", "organs", "v1", "--format", "pdf"],
            ["diff", "organs", "v1", "--repo"],
            ["diff", "organs", "v1", "--repo", "a", "--repo", "b"],
            ["diff", "organs", "v1", "--repo="],
            ["diff", "organs", "v1", "--help"],
            ["diff", "organs", "v1", "--", "v2"],
            ["log", "organs", "v1"],
        ]
        for arguments in others { #expect(RevisionDiff(quick: arguments) == nil, "\(arguments)") }
    }

    @Test func printsWhatTheParsedCommandPrints() async throws {
        let (scratch, repo) = try await workspaceWithOrgans()
        for format in Diff.Format.allCases where format != .docx && format != .instructions {
            let arguments = ["diff", "organs", "latest-1", "latest", "--format", format.rawValue] + repo
            #expect(RevisionDiff(quick: arguments) != nil)
            let quick = await legis(arguments)
            // `--language` is accepted by the command and has no effect here; the quick reader
            // does not take it, so this run goes through ArgumentParser.
            let parsed = await legis(arguments + ["--language", "en"])
            #expect(quick.status == 0 && parsed.status == 0, "\(quick.error) \(parsed.error)")
            #expect(quick.output == parsed.output, "\(format)")
            #expect(quick.output.contains(format == .stat ? "Article 2(1)" : "consent"))
        }
        for (arguments, status, message) in [
            (["diff", "no such", "latest-1"], Int32(2), "no such"),
            (["diff", "nosuch", "latest-1"], 1, "nosuch"),
            (["diff", "organs", "v9"], 1, "v9"),
        ] {
            let quick = await legis(arguments + repo)
            let parsed = await legis(arguments + repo + ["--language", "en"])
            #expect(quick.status == parsed.status && quick.error == parsed.error, "\(arguments)")
            #expect(quick.status == status && quick.error.contains(message), "\(arguments): \(quick.error)")
        }
        withExtendedLifetime(scratch) {}  // The workspace's folder, kept to the end.
    }
}
