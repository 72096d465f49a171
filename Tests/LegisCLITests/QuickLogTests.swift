import ArgumentParser
import LegisTestSupport
import Testing

@testable import legis

/// `log ID` read without ArgumentParser: the same bytes and statuses as the parsed command, and
/// every other form left to ArgumentParser.
@Suite struct QuickLogTests {
    @Test func readsTheCommonForms() throws {
        let plain = try #require(QuickLogArguments(["log", "organs"]))
        #expect(plain.id == "organs" && plain.limit == nil && !plain.json && plain.repo == nil)
        let all = try #require(QuickLogArguments(["log", "--repo", "ws", "organs", "--json", "--limit=3"]))
        #expect(all.id == "organs" && all.limit == 3 && all.json && all.repo == "ws")
        let short = try #require(QuickLogArguments(["log", "organs", "-l", "2", "--repo=ws"]))
        #expect(short.limit == 2 && short.repo == "ws")
    }

    @Test func leavesEverythingElseToArgumentParser() {
        let others: [[String]] = [
            ["log"],
            ["log", "organs", "extra"],
            ["log", "organs", "--limit"],
            ["log", "organs", "--limit", "-1"],
            ["log", "organs", "--limit", "two"],
            ["log", "organs", "--limit", "1", "-l", "2"],
            ["log", "organs", "-l=2"],
            ["log", "organs", "--json", "--json"],
            ["log", "organs", "--json=yes"],
            ["log", "organs", "--repo="],
            ["log", "organs", "--help"],
            ["log", "organs", "--", "more"],
            ["diff", "organs", "v1"],
        ]
        for arguments in others { #expect(QuickLogArguments(arguments) == nil, "\(arguments)") }
    }

    @Test func printsWhatTheParsedCommandPrints() async throws {
        let (scratch, repo) = try await workspaceWithOrgans()
        for options in [[], ["--json"], ["--limit", "1"], ["--json", "-l", "1"]] {
            let arguments = ["log", "organs"] + options + repo
            #expect(QuickLogArguments(arguments) != nil)
            let quick = await legis(arguments)
            let parsed = await parsedLegis(arguments)
            #expect(quick.status == 0 && parsed.status == 0, "\(quick.error) \(parsed.error)")
            #expect(quick.output == parsed.output, "\(options)")
            #expect(quick.output.contains("organs") || quick.output.contains("Import"), "\(quick.output)")
        }
        for arguments in [["log", "no such"], ["log", "nosuch"]] {
            let quick = await legis(arguments + repo)
            let parsed = await parsedLegis(arguments + repo)
            #expect(quick.status == parsed.status && quick.error == parsed.error, "\(arguments)")
            #expect(quick.status != 0, "\(arguments)")
        }
        withExtendedLifetime(scratch) {}  // The workspace's folder, kept to the end.
    }

    /// Runs `arguments` through ArgumentParser alone, as every command but the quick forms.
    private func parsedLegis(_ arguments: [String]) async -> Outcome {
        let capture = Console.Capture()
        let status = await Console.capturing(capture) { () async -> Int32 in
            do {
                var command = try Legis.parseAsRoot(arguments)
                try command.run()
                return 0
            } catch {
                return exitStatus(reporting: error)
            }
        }
        return Outcome(status: status, output: capture.standardOutput, error: capture.standardError)
    }
}
