import Foundation
import LegisTestSupport
import Testing

/// The command line as a new user meets it: answers, refusals and exit statuses.
@Suite("Command line, a new user's paths")
struct NewUserCommandTests {
    /// A workspace with `organs` in two revisions, a stakeholder `ngo-safe-home` and its key.
    func endorsedWorkspace() async throws -> (Scratch, [String], String) {
        let (scratch, repo) = try await workspaceWithOrgans()
        let key = scratch.file("ngo-key")
        #expect(await legis("keygen", key).status == 0)
        let added = await legis(["stakeholder", "add", "ngo-safe-home", "--name", "Safe Home", "--category", "ngo",
                                 "--key-file", key + ".pub", author] + repo)
        #expect(added.status == 0, "\(added.error)")
        return (scratch, repo, key)
    }

    @Test func draftsAndEndorsementsOfAnUnknownDocumentFail() async throws {
        let (scratch, repo, _) = try await endorsedWorkspace()
        defer { _ = scratch }
        for command in ["drafts", "endorsements"] {
            let outcome = await legis([command, "nosuch"] + repo)
            #expect(outcome.status == 1, "\(command)")
            #expect(outcome.error.contains("There is no document 'nosuch'"), "\(command): \(outcome.error)")
        }
        #expect(await legis(["drafts", "organs"] + repo).status == 0)
    }

    @Test func anInvalidEndorsementsClaimsAreShownAsUnverified() async throws {
        let (scratch, repo, key) = try await endorsedWorkspace()
        #expect(await legis(["endorse", "organs", "--as", "ngo-safe-home", "--key", key] + repo).status == 0)
        let ref = "refs/endorsements/organs/ngo-safe-home/1"
        let raw = try run("git", ["cat-file", "tag", ref], in: scratch.file("ws")).output
        try scratch.write("forged", raw.replacingOccurrences(of: "Stance: support", with: "Stance: object"))
        let object = try run("git", ["hash-object", "-t", "tag", "-w", "--literally", scratch.file("forged")], in: scratch.file("ws"))
            .output.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(try run("git", ["update-ref", ref, object], in: scratch.file("ws")).status == 0)
        let listing = await legis(["endorsements", "organs"] + repo)
        let line = try #require(listing.output.split(separator: "\n").first { $0.hasPrefix("INVALID") })
        let columns = line.split(separator: "\t").map(String.init)
        #expect(columns[2] == "claims object (unverified)")
        #expect(listing.output.contains("Current positions: none"))
        #expect(listing.output.contains("Not yet endorsing the latest revision: ngo-safe-home"))
    }

    @Test func endorsementsShowEachStakeholdersCurrentPositionApartFromHistory() async throws {
        let (scratch, repo, key) = try await endorsedWorkspace()
        let policeKey = scratch.file("police-key")
        #expect(await legis("keygen", policeKey).status == 0)
        #expect(await legis(["stakeholder", "add", "police", "--name", "Police", "--category", "police",
                             "--key-file", policeKey + ".pub", author] + repo).status == 0)
        #expect(await legis(["endorse", "organs@latest-1", "--as", "ngo-safe-home", "--key", key, "--stance", "object"] + repo).status == 0)
        #expect(await legis(["endorse", "organs", "--as", "ngo-safe-home", "--key", key, "--stance", "support"] + repo).status == 0)
        let listing = await legis(["endorsements", "organs"] + repo)
        #expect(listing.status == 0, "\(listing.error)")
        let lines = listing.output.split(separator: "\n").map(String.init)
        let history = try #require(lines.firstIndex(of: "History:"))
        let positions = lines[..<history].filter { $0.hasPrefix("  ") }
        #expect(positions.count == 1)
        #expect(positions.first?.contains("ngo-safe-home\tsupport\t") == true)
        #expect(lines.contains("Not yet endorsing the latest revision: police, secretariat"))
        #expect(lines[history...].filter { $0.hasPrefix("CURRENT") || $0.hasPrefix("STALE") }.count == 2)
    }

    @Test func aFileThatBreaksTheRulesIsListedWithItsProblemAndShowFails() async throws {
        let scratch = try Scratch()
        #expect(await legis("init", scratch.file("ws"), author).status == 0)
        let ws = scratch.file("ws")
        var bytes = Array("---\ntitle: Broken\n---\n\n# Broken\n\nCaf".utf8)
        bytes += [0xE9, 0x0A]  // Latin-1, not UTF-8
        try FileManager.default.createDirectory(atPath: ws + "/documents", withIntermediateDirectories: true)
        try Data(bytes).write(to: URL(fileURLWithPath: ws + "/documents/broken.md"))
        try scratch.write("ws/documents/odd.md", "---\ntitle: Odd\nkind: poem\n---\n\n# Odd\n")
        #expect(try Tool.git(["add", "documents"], in: ws).status == 0)
        #expect(try Tool.git(["commit", "-qm", "Plain git"], in: ws).status == 0)
        let listing = await legis("documents", "--repo", ws)
        #expect(listing.status == 0)
        let broken = try #require(listing.output.split(separator: "\n").first { $0.hasPrefix("broken\t") })
        #expect(broken.contains("CANNOT BE READ"))
        #expect(broken.contains("UTF-8"))
        #expect(broken.contains("correct the file"))
        let odd = try #require(listing.output.split(separator: "\n").first { $0.hasPrefix("odd\t") })
        #expect(odd.contains("poem"))
        let show = await legis("show", "broken", "--repo", ws)
        #expect(show.status == 1)
        #expect(show.output.isEmpty)
        #expect(show.error.contains("documents/broken.md"))
        #expect(show.error.contains("UTF-8"))
        #expect(await legis("show", "odd", "--repo", ws).status == 1)
    }

    @Test func importSaysHowManyRevisionsAndTakesFileDates() async throws {
        let scratch = try Scratch()
        #expect(await legis("init", scratch.file("ws"), author).status == 0)
        let file = try scratch.write("d/01.md", draft1)
        let written = Date(timeIntervalSince1970: 1_600_000_000)
        try FileManager.default.setAttributes([.modificationDate: written], ofItemAtPath: file)
        let one = await legis("import", "organs", file, "--dates", "mtime", "--repo", scratch.file("ws"), author)
        #expect(one.status == 0, "\(one.error)")
        #expect(one.output.contains("Imported 1 revision of organs."))
        let log = await legis("log", "organs", "--json", "--repo", scratch.file("ws"))
        #expect(log.output.contains("2020-09-13T12:26:40Z"))
    }
}

/// `init` and `sync` with bare remotes, through the built binary (so no git identity of the
/// machine leaks in).
@Suite("Command line, a new user's workspace and remotes")
struct NewUserWorkspaceTests {
    let binary = repositoryRoot + "/.build/debug/legis"

    /// Runs the built `legis` with an empty HOME and no git identity.
    func legisBinary(_ arguments: [String], in folder: String) throws -> Outcome {
        let result = try Tool.run(binary, arguments, in: folder, environment: ["XDG_CONFIG_HOME": Tool.home])
        return Outcome(status: result.status, output: result.output, error: result.error)
    }

    @Test func initWithoutAnIdentityCreatesNothingAndSaysHowToSetOne() throws {
        try #require(FileManager.default.isExecutableFile(atPath: binary), "build the legis product first")
        let scratch = try Scratch()
        let refused = try legisBinary(["init", "ws"], in: scratch.path)
        #expect(refused.status == 1)
        #expect(refused.error.contains("--author"))
        #expect(refused.error.contains("git config --global user.name"))
        #expect(!FileManager.default.fileExists(atPath: scratch.file("ws")))
        let created = try legisBinary(["init", "ws", author], in: scratch.path)
        #expect(created.status == 0, "\(created.error)")
        // The author is remembered for the workspace.
        let new = try legisBinary(["new", "law", "--template", "law"], in: scratch.file("ws"))
        #expect(new.status == 0, "\(new.error)")
        let log = try run("git", ["log", "-1", "--format=%an <%ae>"], in: scratch.file("ws"))
        #expect(log.output.contains("Ana Drafter <ana@working-group.example>"))
    }

    @Test func aBareRemoteFromLegisInitIsFilledByTheFirstSyncAndClonesWithFiles() async throws {
        let scratch = try Scratch()
        #expect(await legis("init", "--bare", scratch.file("remote.git")).status == 0)
        #expect(try run("git", ["--git-dir", scratch.file("remote.git"), "rev-parse", "-q", "--verify", "main"], in: scratch.path).status != 0)
        #expect(await legis("init", scratch.file("ws"), author).status == 0)
        try scratch.write("d/01.md", draft1)
        #expect(await legis("import", "organs", scratch.file("d/01.md"), "--repo", scratch.file("ws"), author).status == 0)
        let synced = await legis("sync", scratch.file("remote.git"), "--repo", scratch.file("ws"))
        #expect(synced.status == 0, "\(synced.error)")
        #expect(synced.output.contains("Branch: pushed"))
        #expect(try Tool.git(["clone", "-q", scratch.file("remote.git"), scratch.file("clone")], in: scratch.path).status == 0)
        #expect(FileManager.default.fileExists(atPath: scratch.file("clone/documents/organs.md")))
    }

    @Test func aCloneOfARemoteWhoseHeadNamesNoBranchTakesTheBranchOnFirstSync() async throws {
        let scratch = try Scratch()
        let remote = scratch.file("remote.git")
        #expect(try run("git", ["init", "-q", "--bare", "-b", "master", remote], in: scratch.path).status == 0)
        #expect(await legis("init", scratch.file("ws"), author).status == 0)
        let repo = ["--repo", scratch.file("ws")]
        try scratch.write("d/01.md", draft1)
        #expect(await legis(["import", "organs", scratch.file("d/01.md"), author] + repo).status == 0)
        let key = scratch.file("key")
        #expect(await legis("keygen", key).status == 0)
        #expect(await legis(["stakeholder", "add", "ngo-x", "--name", "X", "--category", "ngo", "--key-file", key + ".pub", author] + repo).status == 0)
        #expect(await legis(["endorse", "organs", "--as", "ngo-x", "--key", key] + repo).status == 0)
        #expect(await legis(["sync", remote] + repo).status == 0)
        #expect(try Tool.git(["clone", "-q", remote, scratch.file("clone")], in: scratch.path).status == 0)
        #expect(!FileManager.default.fileExists(atPath: scratch.file("clone/documents/organs.md")))
        let first = await legis("sync", "origin", "--repo", scratch.file("clone"))
        #expect(first.status == 0, "\(first.error)")
        #expect(first.output.contains("Branch: fast-forwarded"))
        #expect(FileManager.default.fileExists(atPath: scratch.file("clone/documents/organs.md")))
        let verify = await legis("verify", "--repo", scratch.file("clone"))
        #expect(verify.status == 0, "\(verify.output)")
        #expect(verify.output.hasPrefix("CURRENT"))
        let again = await legis("sync", "origin", "--repo", scratch.file("clone"))
        #expect(again.output.contains("Branch: up to date"))
    }

    @Test func divergedBranchesPushNothingAndFail() async throws {
        let scratch = try Scratch()
        let remote = scratch.file("remote.git")
        #expect(await legis("init", "--bare", remote).status == 0)
        for name in ["one", "two"] {
            #expect(await legis("init", scratch.file(name), author).status == 0)
            #expect(await legis("new", "law", "--template", "law", "--title", "Law \(name)", "--repo", scratch.file(name), author).status == 0)
            #expect(await legis("draft", "law", "v-\(name)", "--repo", scratch.file(name), author).status == 0)
        }
        #expect(await legis("sync", remote, "--repo", scratch.file("one")).status == 0)
        let diverged = await legis("sync", remote, "--repo", scratch.file("two"))
        #expect(diverged.status == 1)
        #expect(diverged.output.contains("diverged"))
        #expect(diverged.output.contains("Nothing was pushed"))
        let tags = try run("git", ["--git-dir", remote, "tag", "--list"], in: scratch.path).output
        #expect(tags.contains("law/v-one"))
        #expect(!tags.contains("law/v-two"))
    }
}

/// `legis serve` through the built binary: a port in use, output that is not a terminal.
@Suite("Command line, serve as a new user starts it")
struct NewUserServeTests {
    let binary = repositoryRoot + "/.build/debug/legis"

    /// Starts `legis serve` on `port` with standard output to a pipe; returns the process and
    /// what it printed within `seconds` (stopping it then).
    func serve(_ workspace: String, port: Int, seconds: Double) throws -> (status: Int32, output: String, error: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = ["serve", "--repo", workspace, "--port", String(port)]
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        var output = Data()
        let deadline = Date().addingTimeInterval(seconds)
        let reader = out.fileHandleForReading
        let flags = fcntl(reader.fileDescriptor, F_GETFL)
        _ = fcntl(reader.fileDescriptor, F_SETFL, flags | O_NONBLOCK)
        var buffer = [UInt8](repeating: 0, count: 4096)
        while Date() < deadline, process.isRunning {
            let count = read(reader.fileDescriptor, &buffer, buffer.count)
            if count > 0 { output.append(contentsOf: buffer[..<count]) }
            if String(decoding: output, as: UTF8.self).contains("Serving") { break }
            usleep(50_000)
        }
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
        _ = fcntl(reader.fileDescriptor, F_SETFL, flags)
        let error = err.fileHandleForReading.readDataToEndOfFile()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self), String(decoding: error, as: UTF8.self))
    }

    /// A port that is free now.
    func freePort() throws -> Int {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, length) } }
        _ = withUnsafeMutablePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) } }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    @Test func theAddressIsPrintedAtOnceAndAPortInUseIsExplained() async throws {
        try #require(FileManager.default.isExecutableFile(atPath: binary), "build the legis product first")
        let scratch = try Scratch()
        #expect(await legis("init", scratch.file("ws"), author).status == 0)
        let port = try freePort()
        // The first server prints its address while running, with output to a pipe.
        let first = Process()
        first.executableURL = URL(fileURLWithPath: binary)
        first.arguments = ["serve", "--repo", scratch.file("ws"), "--port", String(port)]
        let firstOut = Pipe()
        first.standardOutput = firstOut
        first.standardError = Pipe()
        try first.run()
        defer { if first.isRunning { first.terminate() }; first.waitUntilExit() }
        var printed = ""
        let deadline = Date().addingTimeInterval(20)
        let flags = fcntl(firstOut.fileHandleForReading.fileDescriptor, F_GETFL)
        _ = fcntl(firstOut.fileHandleForReading.fileDescriptor, F_SETFL, flags | O_NONBLOCK)
        var buffer = [UInt8](repeating: 0, count: 4096)
        while Date() < deadline, !printed.contains("Serving"), first.isRunning {
            let count = read(firstOut.fileHandleForReading.fileDescriptor, &buffer, buffer.count)
            if count > 0 { printed += String(decoding: buffer[..<count], as: UTF8.self) }
            usleep(50_000)
        }
        #expect(printed.contains("Serving \(scratch.file("ws")) on http://127.0.0.1:\(port)/"))
        #expect(first.isRunning)
        // A second server on the same port says which port and what to do.
        let second = try serve(scratch.file("ws"), port: port, seconds: 20)
        #expect(second.status == 1)
        #expect(second.error.contains("Port \(port) on 127.0.0.1 is in use"), "\(second.error)")
        #expect(second.error.contains("--port"))
        #expect(!second.error.contains("bind(descriptor"))
    }
}

/// Clarity: version, exit statuses, usage, help, plurals, width, keys.
@Suite("Command line, clarity for a new user")
struct NewUserClarityTests {
    @Test func versionIsPrinted() async {
        let outcome = await legis("--version")
        #expect(outcome.status == 0)
        #expect(outcome.output.first?.isNumber == true, "\(outcome.output)")
    }

    @Test func refusalsOfValidCommandsExitWithOneAndWrongUsageWithTwo() async throws {
        let scratch = try Scratch()
        #expect(await legis("init", scratch.file("ws"), author).status == 0)
        try scratch.write("d/01.md", draft1)
        let repo = ["--repo", scratch.file("ws")]
        #expect(await legis(["import", "organs", scratch.file("d/01.md"), author] + repo).status == 0)
        let key = scratch.file("key"), other = scratch.file("other")
        #expect(await legis("keygen", key).status == 0)
        #expect(await legis("keygen", other).status == 0)
        #expect(await legis(["stakeholder", "add", "ngo-x", "--name", "X", "--category", "ngo", "--key-file", key + ".pub", author] + repo).status == 0)
        let unknown = await legis(["endorse", "organs", "--as", "nobody", "--key", key] + repo)
        #expect(unknown.status == 1)
        let unregistered = await legis(["endorse", "organs", "--as", "ngo-x", "--key", other] + repo)
        #expect(unregistered.status == 1)
        #expect(unregistered.error.contains("not registered"))
        let badScope = await legis(["endorse", "organs", "--as", "ngo-x", "--key", key, "--scope", "art-99"] + repo)
        #expect(badScope.status == 1)
        let stance = await legis(["endorse", "organs", "--as", "ngo-x", "--key", key, "--stance", "maybe"] + repo)
        #expect(stance.status == 2)
        #expect(stance.error.contains("legis endorse"), "\(stance.error)")
        #expect(stance.error.contains("support-with-reservations"))
        let privateKey = await legis(["stakeholder", "add-key", "ngo-x", "--key-file", other, author] + repo)
        #expect(privateKey.status == 1)
        #expect(privateKey.error.contains("private key"), "\(privateKey.error)")
        #expect(privateKey.error.contains(".pub"))
    }

    @Test func helpShowsEachDefaultOnce() async {
        let help = await legis("demo", "--help")
        #expect(help.output.components(separatedBy: "default: ").count - 1 == 1, "\(help.output)")
    }

    @Test func statCountsInTheRightNumberAndTheSynopsisFitsTheWidth() async throws {
        let scratch = try Scratch()
        let old = try scratch.write("old.md", draft1)
        let new = try scratch.write("new.md", draft1.replacingOccurrences(of: "removed without", with: "taken without"))
        let stat = await legis("diff", "--files", old, new, "--format", "stat")
        #expect(stat.output.contains("1 provision change, 1 word inserted, 1 word deleted"), "\(stat.output)")
        setenv("COLUMNS", "60", 1)
        defer { unsetenv("COLUMNS") }
        let synopsis = await legis("diff", "--files", old, new, "--format", "synopsis")
        let widest = synopsis.output.split(separator: "\n").map(\.count).max() ?? 0
        #expect(widest <= 60, "\(synopsis.output)")
        #expect(widest > 40)
    }
}

/// The wording of `stakeholder show` and of the endorsing guide.
@Suite("Command line, wording a new user reads")
struct NewUserWordingTests {
    @Test func aRevokedKeyReadsAsRevokedNotAsARevocationPeriod() async throws {
        let scratch = try Scratch()
        #expect(await legis("init", scratch.file("ws"), author).status == 0)
        let repo = ["--repo", scratch.file("ws")]
        let key = scratch.file("keys/k")
        #expect(await legis("keygen", key).status == 0, "keygen makes the key's folder")
        #expect(await legis(["stakeholder", "add", "ngo-x", "--name", "X", "--category", "ngo", "--key-file", key + ".pub",
                             "--valid-from", "2026-01-01", "--valid-until", "2027-12-31", author] + repo).status == 0)
        let fingerprint = try #require(await legis(["stakeholder", "show", "ngo-x", "--json"] + repo).output
            .components(separatedBy: "\"fingerprint\" : \"").dropFirst().first?.split(separator: "\"").first)
        #expect(await legis(["stakeholder", "revoke-key", "ngo-x", String(fingerprint), author] + repo).status == 0)
        let shown = await legis(["stakeholder", "show", "ngo-x"] + repo).output
        #expect(shown.contains("REVOKED: nothing it signed counts"), "\(shown)")
        #expect(!shown.contains("REVOKED from"))
        #expect(shown.contains("2026-01-01 to 2027-12-31"))
    }

    @Test func theGuideQuotesStatementsAsTheToolWritesThem() throws {
        let guide = try String(contentsOfFile: repositoryRoot + "/Docs/endorsing.md", encoding: .utf8)
        #expect(guide.contains("\n| We support the bill"))
        #expect(!guide.contains("\n> We support the bill"))
    }
}
