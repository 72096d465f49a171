import Foundation
import LegisTestSupport
import Testing

@testable import legis

@Suite("Command line, amendments")
struct AmendmentCommandTests {
    /// A workspace `ws` with the organ bill in two revisions and one registered stakeholder.
    func workspace() async throws -> Scratch {
        let scratch = try Scratch()
        #expect(await legis("init", scratch.file("ws"), author).status == 0)
        try scratch.write("d/01.md", draft1)
        try scratch.write("d/02.md", draft2)
        #expect(await legis("import", "organs", scratch.file("d"), "--repo", scratch.file("ws"), author).status == 0)
        let key = scratch.file("key")
        #expect(await legis("keygen", key, "--comment", "NGO").status == 0)
        let added = await legis(
            ["stakeholder", "add", "ngo", "--name", "Donors <NGO>", "--category", "ngo", "--key-file", key + ".pub", author,
             "--repo", scratch.file("ws")])
        #expect(added.status == 0, "\(added.error)")
        return scratch
    }

    @Test func tableListShowAdoptAndDecide() async throws {
        let scratch = try await workspace()
        let repo = ["--repo", scratch.file("ws")]
        let edited = try scratch.write("e1.md", draft2.replacingOccurrences(of: "protects donors", with: "protects living donors"))
        let tabled = await legis(["amend", "organs", "--file", edited, "--title", "Living donors", "--by", "ngo", author] + repo)
        #expect(tabled.status == 0, "\(tabled.error)")
        #expect(tabled.output == "1\n")
        let other = try scratch.write("e2.md", draft2.replacingOccurrences(of: "protects donors", with: "protects all donors"))
        #expect(await legis(["amend", "organs", "--file", other, "--title", "All donors", "--by", "ngo", author] + repo).output == "2\n")

        let list = await legis(["amendments", "organs"] + repo)
        #expect(list.output.contains("1\ttabled\tLiving donors\tngo\tart-1/par-1  (same provisions as 2)"))
        let json = await legis(["amendments", "organs", "--json"] + repo)
        let listed = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [[String: Any]])
        #expect(listed.count == 2)
        #expect(listed[0]["overlapping"] as? [Int] == [2])
        #expect(listed[0]["status"] as? String == "tabled")
        let markdown = await legis(["amendments", "organs", "--format", "table-markdown"] + repo)
        #expect(markdown.output.contains("| 1 | art-1/par-1 | (1) This law protects donors"))
        let html = await legis(["amendments", "organs", "--format", "table-html"] + repo)
        #expect(html.output.contains("<ins>living </ins>") || html.output.contains("<ins>living</ins>"))
        #expect(html.output.contains("Donors &lt;NGO&gt;"))

        let instructions = await legis(["amendment", "show", "organs", "1", "--format", "instructions", "--language", "ro"] + repo)
        #expect(instructions.output.contains("La articolul 1, alineatul (1), sintagma „protects donors” se înlocuiește cu sintagma „protects living donors”."))
        let show = await legis(["amendment", "show", "organs", "1"] + repo)
        #expect(show.output.contains("Status:    Tabled"))

        let adopted = await legis(["amendment", "adopt", "organs", "1", "--note", "Agreed", author] + repo)
        #expect(adopted.status == 0, "\(adopted.error)")
        #expect(adopted.output.contains("Amendment 1 to organs adopted in "))
        #expect(await legis(["log", "organs"] + repo).output.contains("Adopt amendment 1 to organs: Living donors"))

        // The other one now conflicts: nothing written, exit 1, the three texts listed.
        let conflict = await legis(["amendment", "adopt", "organs", "2", "--json", author] + repo)
        #expect(conflict.status == 1)
        let result = try #require(try JSONSerialization.jsonObject(with: Data(conflict.output.utf8)) as? [String: Any])
        #expect(result["adopted"] as? Bool == false)
        let conflicts = try #require(result["conflicts"] as? [[String: Any]])
        #expect(conflicts.first?["path"] as? String == "art-1/par-1")
        #expect((conflicts.first?["current"] as? String)?.contains("living donors") == true)
        #expect((conflicts.first?["proposed"] as? String)?.contains("all donors") == true)

        let rejected = await legis(["amendment", "reject", "organs", "2", "--note", "Superseded", author] + repo)
        #expect(rejected.status == 0)
        let again = await legis(["amendment", "withdraw", "organs", "2", author] + repo)
        #expect(again.status == 1)
        #expect(again.error.contains("is rejected already"))
        let unknown = await legis(["amendment", "show", "organs", "9"] + repo)
        #expect(unknown.status == 1)
        #expect(unknown.error.contains("There is no amendment 9 to 'organs'"))
        let unregistered = await legis(["amend", "organs", "--file", edited, "--title", "X", "--by", "ghost", author] + repo)
        #expect(unregistered.status == 2)
        #expect(unregistered.error.contains("'ghost' is not a registered stakeholder"))
        #expect(await legis(["amendments", "organs", "--status", "rejected"] + repo).output.hasPrefix("2\trejected"))
    }

    @Test func instructionsFromADiffAreExecutable() async throws {
        let scratch = try await workspace()
        let old = try scratch.write("old.md", draft1)
        let new = try scratch.write("new.md", draft2)
        for language in ["en", "ro", "de"] {
            let generated = await legis("diff", "--files", old, new, "--format", "instructions", "--language", language)
            #expect(generated.status == 0, "\(generated.error)")
            let file = try scratch.write("instructions-\(language).txt", generated.output)
            let applied = await legis("apply", "--files", old, "--instructions", file, "--language", language)
            #expect(applied.status == 0, "\(applied.error)")
            #expect(applied.output.split(whereSeparator: \.isWhitespace) == draft2.split(whereSeparator: \.isWhitespace))
        }
        let revision = await legis("diff", "organs", "~1", "--format", "instructions", "--repo", scratch.file("ws"))
        #expect(revision.output.contains("In Article 2, paragraph 1, the words"))

        let garbage = try scratch.write("garbage.txt", "1. Article 2 is deleted.\n2. Please tidy up.\n")
        let refused = await legis("apply", "--files", old, "--instructions", garbage)
        #expect(refused.status == 1)
        #expect(refused.error.contains("line 2"))
        #expect(refused.output.isEmpty)
        let missing = try scratch.write("missing.txt", "1. Article 12 is deleted.\n")
        let notThere = await legis("apply", "organs", "HEAD", "--instructions", missing, "--repo", scratch.file("ws"))
        #expect(notThere.status == 1)
        #expect(notThere.error.contains("Article 12 is not a provision"))

        // Tabled as instructions: applied to the base.
        let tabling = try scratch.write("amend.txt", "1. In Article 1, paragraph 1, the words ‘protects donors’ are replaced by ‘protects living donors’.\n")
        let tabled = await legis(["amend", "organs", "--instructions", tabling, "--title", "By instructions", "--by", "ngo", author, "--repo", scratch.file("ws")])
        #expect(tabled.status == 0, "\(tabled.error)")
        let shown = await legis("amendment", "show", "organs", "1", "--format", "json", "--repo", scratch.file("ws"))
        #expect(shown.output.contains("\"provisions\" : [\n    \"art-1/par-1\""))
    }
}
