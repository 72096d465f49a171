import Foundation
import LegisTestSupport
import Testing

@Suite("Command line, in-process")
struct CommandTests {
    /// A workspace with `organs` imported from two drafts.
    func workspace() async throws -> Scratch {
        let scratch = try Scratch()
        #expect(await legis("init", scratch.file("ws"), author).status == 0)
        try scratch.write("d/01.md", draft1)
        try scratch.write("d/02.md", draft2)
        let imported = await legis("import", "organs", scratch.file("d"), "--repo", scratch.file("ws"), author)
        #expect(imported.status == 0, "\(imported.error)")
        #expect(imported.output.contains("Imported 2 revisions"))
        return scratch
    }

    @Test func everyCommandHasHelp() async {
        let commands = ["init", "new", "documents", "save", "log", "show", "draft", "drafts", "import", "diff",
                        "stakeholder", "allowed-signers", "keygen", "endorse", "endorsements", "verify",
                        "revoke-endorsement", "sync", "serve", "demo", "invite"]
        for command in commands {
            let outcome = await legis(command, "--help")
            #expect(outcome.status == 0, "\(command)")
            #expect(outcome.output.contains("USAGE: legis \(command)"), "\(command): \(outcome.output.prefix(200))")
        }
    }

    @Test func documentsLogShowDraftsAndDiff() async throws {
        let scratch = try await workspace()
        let repo = ["--repo", scratch.file("ws")]
        let log = await legis(["log", "organs", "--json"] + repo)
        #expect(log.status == 0)
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(log.output.utf8)) as? [[String: Any]])
        #expect(entries.count == 2)
        for key in ["commit", "author", "date", "message"] { #expect(entries[0][key] != nil, "\(key)") }
        #expect((entries[0]["message"] as? String)?.contains("02.md") == true)
        let firstCommit = try #require(entries[1]["commit"] as? String)

        #expect(await legis(["show", "organs@~1"] + repo).output == draft1)
        #expect(await legis(["show", "organs@\(firstCommit.prefix(8))"] + repo).output == draft1)
        #expect(await legis(["show", "organs"] + repo).output == draft2)

        #expect(await legis(["draft", "organs@~1", "consultation", "-m", "For partners", author] + repo).status == 0)
        let drafts = await legis(["drafts", "organs", "--json"] + repo)
        #expect(drafts.output.contains("\"name\" : \"consultation\""))
        #expect(await legis(["show", "organs@consultation"] + repo).output == draft1)

        let documents = await legis(["documents", "--json"] + repo)
        #expect(documents.output.contains("\"title\" : \"Law on Organ Donation\""))

        let word = await legis(["diff", "organs", "consultation", "--format", "word"] + repo)
        #expect(word.status == 0)
        #expect(word.output.contains("{+free, informed and +}"), "\(word.output)")
        let json = await legis(["diff", "organs", "~1", "HEAD", "--format", "json"] + repo)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        #expect(object["segments"] != nil && object["provisions"] != nil && object["stats"] != nil)
        let stat = await legis(["diff", "organs", "consultation", "--format", "stat"] + repo)
        #expect(stat.output.contains("Article 2(1)"), "named as lawyers name it")
        let html = await legis(["diff", "organs", "consultation", "--format", "html"] + repo)
        #expect(html.output.contains("<ins"))
    }

    @Test func newSaveAndTheirErrors() async throws {
        let scratch = try await workspace()
        let repo = ["--repo", scratch.file("ws")]
        let created = await legis(["new", "strategy-2027", "--template", "strategy", "--title", "National Strategy", author] + repo)
        #expect(created.status == 0, "\(created.error)")
        let path = scratch.file("ws/documents/strategy-2027.md")
        var text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.contains("National Strategy"))
        text += "\nAn added sentence.\n"
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        let saved = await legis(["save", "-m", "Add a sentence", author] + repo)
        #expect(saved.status == 0, "\(saved.error)")
        #expect(saved.output.contains("strategy-2027"))
        #expect(try run("git", ["status", "--porcelain"], in: scratch.file("ws")).output == "")

        let unknownTemplate = await legis(["new", "x", "--template", "memo", author] + repo)
        #expect(unknownTemplate.status == 1)
        #expect(unknownTemplate.error.contains("no template 'memo'"))
        let noMessage = await legis(["save", author] + repo)
        #expect(noMessage.status == 2)
    }

    @Test func exitStatusesAndErrorsAreClear() async throws {
        let scratch = try await workspace()
        let repo = ["--repo", scratch.file("ws")]
        let unknownDocument = await legis(["log", "nothing-here"] + repo)
        #expect(unknownDocument.status == 1)
        #expect(unknownDocument.error.contains("no document 'nothing-here'"))
        let unknownRevision = await legis(["show", "organs@v9"] + repo)
        #expect(unknownRevision.status == 1)
        #expect(unknownRevision.error.contains("Unknown revision 'v9'"))
        let escaping = await legis(["show", "../../etc/passwd"] + repo)
        #expect(escaping.status == 2)
        #expect(escaping.error.contains("leaves its folder"))
        let absolute = await legis(["log", "/etc/passwd"] + repo)
        #expect(absolute.status == 2)
        let badOption = await legis(["log", "organs", "--bogus"] + repo)
        #expect(badOption.status == 2)
        let badFormat = await legis(["diff", "organs", "~1", "--format", "pdf"] + repo)
        #expect(badFormat.status == 2)
        let noWorkspace = await legis("documents", "--repo", scratch.file("d"))
        #expect(noWorkspace.status == 1)
        #expect(noWorkspace.error.contains("legis init"))
    }

    @Test func diffOfTwoFilesNeedsNoWorkspace() async throws {
        let scratch = try Scratch()
        let old = try scratch.write("old.md", draft1)
        let new = try scratch.write("new.md", draft2)
        let outcome = await legis("diff", "--files", old, new, "--format", "word", "--language", "en")
        #expect(outcome.status == 0)
        #expect(outcome.output.contains("{+free, informed and +}"))
        let missing = await legis("diff", "--files", old, scratch.file("nope.md"))
        #expect(missing.status == 1)
        #expect(missing.error.contains("nope.md"))
        let oneFile = await legis("diff", "--files", old)
        #expect(oneFile.status == 2)
    }

    @Test func stakeholdersEndorsementsVerifyAndRevocation() async throws {
        let scratch = try await workspace()
        let repo = ["--repo", scratch.file("ws")]
        let key = scratch.file("ngo-key")
        let keygen = await legis("keygen", key, "--comment", "Safe Home")
        #expect(keygen.status == 0, "\(keygen.error)")
        let added = await legis(["stakeholder", "add", "ngo-safe-home", "--name", "Safe Home", "--category", "ngo",
                                 "--key-file", key + ".pub", author] + repo)
        #expect(added.status == 0, "\(added.error)")
        let badCategory = await legis(["stakeholder", "add", "x-y", "--name", "X", "--category", "club", "--key-file", key + ".pub", author] + repo)
        #expect(badCategory.status == 2)
        let list = await legis(["stakeholder", "list", "--json"] + repo)
        #expect(list.output.contains("\"category\" : \"ngo\""))
        #expect(await legis(["stakeholder", "show", "ngo-safe-home"] + repo).output.contains("SHA256:"))

        let endorsed = await legis(["endorse", "organs@~1", "--as", "ngo-safe-home", "--key", key, "--stance", "support-with-reservations",
                                    "--statement", "Consent must be revocable."] + repo)
        #expect(endorsed.status == 0, "\(endorsed.error)")
        let listing = await legis(["endorsements", "organs", "--json"] + repo)
        let reports = try #require(try JSONSerialization.jsonObject(with: Data(listing.output.utf8)) as? [[String: Any]])
        #expect(reports.count == 1)
        for field in ["ref", "document", "stakeholder", "stance", "commit", "status", "reason"] {
            #expect(reports[0][field] != nil, "\(field)")
        }
        #expect(reports[0]["status"] as? String == "stale")
        #expect(await legis(["verify"] + repo).status == 0)

        let signers = await legis(["allowed-signers"] + repo)
        try scratch.write("allowed_signers", signers.output)
        let ref = try #require(reports[0]["ref"] as? String)
        let git = try run("git", ["-c", "gpg.ssh.allowedSignersFile=\(scratch.file("allowed_signers"))", "verify-tag", ref], in: scratch.file("ws"))
        #expect(git.status == 0, "\(git.error)")

        let revoked = await legis(["revoke-endorsement", ref, "--key", key, "--reason", "Superseded"] + repo)
        #expect(revoked.status == 0, "\(revoked.error)")
        #expect(await legis(["endorsements", "organs"] + repo).output.contains("\nREVOKED"))

        // A tampered endorsement makes verify fail with exit status 1.
        let other = await legis(["endorse", "organs", "--as", "ngo-safe-home", "--key", key] + repo)
        #expect(other.status == 0)
        let otherRef = ref.replacingOccurrences(of: "/1", with: "/2")
        let raw = try run("git", ["cat-file", "tag", otherRef], in: scratch.file("ws")).output
        let forged = raw.replacingOccurrences(of: "Stance: support", with: "Stance: object")
        try scratch.write("forged", forged)
        let id = try run("git", ["hash-object", "-t", "tag", "-w", "--literally", scratch.file("forged")], in: scratch.file("ws")).output
            .trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(try run("git", ["update-ref", otherRef, id], in: scratch.file("ws")).status == 0)
        let verify = await legis(["verify"] + repo)
        #expect(verify.status == 1)
        #expect(verify.output.contains("INVALID"))
        #expect(verify.error.contains("invalid"))

        let wrongKey = await legis("keygen", scratch.file("other-key"))
        #expect(wrongKey.status == 0)
        let refused = await legis(["endorse", "organs", "--as", "ngo-safe-home", "--key", scratch.file("other-key")] + repo)
        #expect(refused.status == 1)
        #expect(refused.error.contains("not registered"))
    }

    @Test func syncThroughAFileRemote() async throws {
        let scratch = try await workspace()
        let remote = scratch.file("remote.git")
        #expect(try run("git", ["init", "-q", "--bare", remote], in: scratch.path).status == 0)
        let outcome = await legis("sync", "file://" + remote, "--repo", scratch.file("ws"))
        #expect(outcome.status == 0, "\(outcome.error)")
        #expect(outcome.output.contains("Branch: pushed"))
        let log = try run("git", ["--git-dir", remote, "log", "--format=%s", "main"], in: scratch.path)
        #expect(log.output.contains("02.md"))
    }
}
