import Foundation
import LegisTestSupport
import Testing

/// `legis sync` through real git hosts: an `sshd` and `git http-backend` behind a web server,
/// both on 127.0.0.1, run as a user runs it (the built binary, its own HOME and agent).
@Suite("Sync through SSH and HTTPS hosts", .serialized)
struct RemoteSyncTests {
    let binary = repositoryRoot + "/.build/debug/legis"

    /// A user's machine: a HOME (with `.ssh/`) and a workspace holding one saved document.
    final class Machine {
        let home: TemporaryFolder
        let workspace: String

        init(binary: String) throws {
            home = try TemporaryFolder(prefix: "legis-home")
            try FileManager.default.createDirectory(atPath: home.file(".ssh"), withIntermediateDirectories: true)
            workspace = home.file("ws")
            let created = try Tool.run(binary, ["init", workspace, author], in: home.path, environment: ["HOME": home.path])
            guard created.status == 0 else { throw HostError("legis init failed: \(created.error)") }
            try home.write("ws/documents/organ-donation.md", draft1)
            let saved = try Tool.run(
                binary, ["save", "-m", "First draft", author], in: workspace, environment: ["HOME": home.path])
            guard saved.status == 0 else { throw HostError("legis save failed: \(saved.error)") }
        }

        /// Runs `legis sync URL` here with `environment` (no agent unless given).
        func sync(_ binary: String, _ url: String, _ environment: [String: String] = [:]) throws -> ToolResult {
            var env = ["HOME": home.path, "SSH_AUTH_SOCK": "", "LEGIS_GIT_TOKEN": ""]
            env.merge(environment) { $1 }
            return try Tool.run(binary, ["sync", url], in: workspace, environment: env)
        }

        func trust(_ server: SSHServer) throws {
            try home.write(".ssh/known_hosts", server.knownHostsLine)
        }
    }

    /// The commit the remote's `main` points at, read with plain git.
    func remoteMain(_ repository: String) throws -> String {
        try Tool.git(["--git-dir", repository, "rev-parse", "main"], in: "/").output
    }

    func localMain(_ machine: Machine) throws -> String {
        try Tool.git(["rev-parse", "main"], in: machine.workspace).output
    }

    func bareRepository(in server: SSHServer) throws -> String {
        let path = server.folder.file("shared.git")
        try Tool.git(["init", "-q", "--bare", "-b", "main", path], in: server.folder.path)
        return path
    }

    // MARK: SSH

    @Test func sshWithTheKeyInSSHAgent() throws {
        try #require(FileManager.default.isExecutableFile(atPath: binary), "build the legis product first")
        let server = try SSHServer()
        let remote = try bareRepository(in: server)
        let machine = try Machine(binary: binary)
        try machine.trust(server)
        let agent = try SSHAgent()
        try agent.add(server.userKey)
        let synced = try machine.sync(binary, server.url(remote), ["SSH_AUTH_SOCK": agent.socket])
        #expect(synced.status == 0, "\(synced.error)")
        #expect(synced.output.contains("Branch: pushed"))
        #expect(try remoteMain(remote) == localMain(machine))
        #expect(try Tool.git(["--git-dir", remote, "fsck", "--strict"], in: "/").status == 0)

        // A second organisation takes the workspace over SSH into an empty repository.
        let other = try Machine(binary: binary)
        try other.trust(server)
        let empty = other.home.file("empty")
        try Tool.git(["init", "-q", "-b", "main", empty], in: other.home.path)
        let taken = try Tool.run(
            binary, ["sync", server.url(remote), "--repo", empty], in: empty,
            environment: ["HOME": other.home.path, "SSH_AUTH_SOCK": agent.socket])
        #expect(taken.status == 0, "\(taken.error)")
        #expect(try String(contentsOfFile: empty + "/documents/organ-donation.md", encoding: .utf8) == draft1)
    }

    @Test func sshWithAKeyFileAndNoAgent() throws {
        try #require(FileManager.default.isExecutableFile(atPath: binary), "build the legis product first")
        let server = try SSHServer()
        let remote = try bareRepository(in: server)
        let machine = try Machine(binary: binary)
        try machine.trust(server)
        // A default key file, as ssh would use it. (Debian's libssh2 1.10 reads ECDSA and RSA key
        // files but not Ed25519 ones; Ed25519 keys work through ssh-agent.)
        let key = machine.home.file(".ssh/id_ecdsa")
        _ = try Tool.run("ssh-keygen", ["-q", "-t", "ecdsa", "-N", "", "-f", key], in: machine.home.path)
        try server.folder.write("authorized_keys", try server.folder.read("authorized_keys") + machine.home.read(".ssh/id_ecdsa.pub"))
        let synced = try machine.sync(binary, server.url(remote))
        #expect(synced.status == 0, "\(synced.error)")
        #expect(try remoteMain(remote) == localMain(machine))
    }

    @Test func sshWithAKeyTheHostDoesNotKnowFailsWithWhatWasTried() throws {
        try #require(FileManager.default.isExecutableFile(atPath: binary), "build the legis product first")
        let server = try SSHServer()
        let remote = try bareRepository(in: server)
        let machine = try Machine(binary: binary)
        try machine.trust(server)
        let stranger = machine.home.file("stranger")
        _ = try Tool.run("ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-f", stranger], in: machine.home.path)
        let synced = try machine.sync(binary, server.url(remote), ["LEGIS_SSH_KEY": stranger])
        #expect(synced.status == 1)
        #expect(synced.error.contains("Authentication to"), "\(synced.error)")
        #expect(synced.error.contains("the key file \(stranger)"), "\(synced.error)")
        #expect(try Tool.git(["--git-dir", remote, "rev-parse", "--verify", "-q", "main"], in: "/").status != 0)

        // No key at all: says how to provide one.
        let none = try machine.sync(binary, server.url(remote))
        #expect(none.status == 1)
        #expect(none.error.contains("none was found"), "\(none.error)")
    }

    @Test func sshToAnUnknownOrChangedHostIsRefusedBeforeAnyKeyIsOffered() throws {
        try #require(FileManager.default.isExecutableFile(atPath: binary), "build the legis product first")
        let server = try SSHServer()
        let remote = try bareRepository(in: server)
        let machine = try Machine(binary: binary)
        let agent = try SSHAgent()
        try agent.add(server.userKey)
        let unknown = try machine.sync(binary, server.url(remote), ["SSH_AUTH_SOCK": agent.socket])
        #expect(unknown.status == 1)
        #expect(unknown.error.contains("is not in known_hosts"), "\(unknown.error)")
        #expect(unknown.error.contains("SHA256:"))
        #expect(unknown.error.contains("ssh-keyscan -p \(server.port) 127.0.0.1"))

        // known_hosts records another key for that host and port: a possible impostor.
        let impostor = machine.home.file("impostor")
        _ = try Tool.run("ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-f", impostor], in: machine.home.path)
        let otherKey = try machine.home.read("impostor.pub").split(separator: " ").prefix(2).joined(separator: " ")
        try machine.home.write(".ssh/known_hosts", "[127.0.0.1]:\(server.port) \(otherKey)\n")
        let changed = try machine.sync(binary, server.url(remote), ["SSH_AUTH_SOCK": agent.socket])
        #expect(changed.status == 1)
        #expect(changed.error.contains("has CHANGED"), "\(changed.error)")
        #expect(try Tool.git(["--git-dir", remote, "rev-parse", "--verify", "-q", "main"], in: "/").status != 0)

        // A hashed known_hosts line (ssh-keygen -H) is understood.
        try machine.trust(server)
        _ = try Tool.run("ssh-keygen", ["-H", "-f", machine.home.file(".ssh/known_hosts")], in: machine.home.path)
        #expect(try !machine.home.read(".ssh/known_hosts").contains("127.0.0.1"))
        let hashed = try machine.sync(binary, server.url(remote), ["SSH_AUTH_SOCK": agent.socket])
        #expect(hashed.status == 0, "\(hashed.error)")
    }

    @Test func aHostThatDoesNotAnswerIsANetworkError() throws {
        try #require(FileManager.default.isExecutableFile(atPath: binary), "build the legis product first")
        let machine = try Machine(binary: binary)
        let port = try freePort()
        let ssh = try machine.sync(binary, "ssh://git@127.0.0.1:\(port)/shared.git")
        #expect(ssh.status == 1)
        #expect(ssh.error.contains("Cannot reach"), "\(ssh.error)")
        let http = try machine.sync(binary, "http://127.0.0.1:\(port)/shared.git")
        #expect(http.status == 1)
        #expect(http.error.contains("Cannot reach"), "\(http.error)")
    }

    // MARK: HTTPS (smart HTTP)

    @Test func httpWithATokenAndWithGitsCredentialHelper() throws {
        try #require(FileManager.default.isExecutableFile(atPath: binary), "build the legis product first")
        let server = try GitHTTPServer(repositoryRoot: repositoryRoot, user: "ana", password: "s3cret-token")
        let remote = try server.makeRepository("shared.git")
        let machine = try Machine(binary: binary)
        let synced = try machine.sync(
            binary, server.url("shared.git"), ["LEGIS_GIT_TOKEN": "s3cret-token", "LEGIS_GIT_USERNAME": "ana"])
        #expect(synced.status == 0, "\(synced.error)")
        #expect(try remoteMain(remote) == localMain(machine))

        // Another machine whose git keeps the password in its credential store.
        let other = try Machine(binary: binary)
        try other.home.write(".gitconfig", "[credential]\n\thelper = store\n")
        try other.home.write(".git-credentials", "http://ana:s3cret-token@127.0.0.1%3a\(server.port)\n")
        let empty = other.home.file("empty")
        try Tool.git(["init", "-q", "-b", "main", empty], in: other.home.path)
        let taken = try Tool.run(
            binary, ["sync", server.url("shared.git")], in: empty,
            environment: ["HOME": other.home.path, "SSH_AUTH_SOCK": "", "LEGIS_GIT_TOKEN": ""])
        #expect(taken.status == 0, "\(taken.error)")
        #expect(try String(contentsOfFile: empty + "/documents/organ-donation.md", encoding: .utf8) == draft1)
    }

    @Test func httpWithAWrongOrMissingTokenFailsOnce() throws {
        try #require(FileManager.default.isExecutableFile(atPath: binary), "build the legis product first")
        let server = try GitHTTPServer(repositoryRoot: repositoryRoot, user: "ana", password: "s3cret-token")
        let remote = try server.makeRepository("shared.git")
        let machine = try Machine(binary: binary)
        let wrong = try machine.sync(binary, server.url("shared.git"), ["LEGIS_GIT_TOKEN": "guess", "LEGIS_GIT_USERNAME": "ana"])
        #expect(wrong.status == 1)
        #expect(wrong.error.contains("Authentication to"), "\(wrong.error)")
        #expect(wrong.error.contains("refused every credential"), "\(wrong.error)")
        let none = try machine.sync(binary, server.url("shared.git"))
        #expect(none.status == 1)
        #expect(none.error.contains("LEGIS_GIT_TOKEN"), "\(none.error)")
        #expect(try Tool.git(["--git-dir", remote, "rev-parse", "--verify", "-q", "main"], in: "/").status != 0)
        let missing = try machine.sync(binary, server.url("nothing-here.git"), ["LEGIS_GIT_TOKEN": "s3cret-token", "LEGIS_GIT_USERNAME": "ana"])
        #expect(missing.status == 1)
        #expect(missing.error.contains("no git repository"), "\(missing.error)")
    }

    @Test func httpsIsCheckedAgainstTheSystemsAuthoritiesOrTheGroupsOwn() throws {
        try #require(FileManager.default.isExecutableFile(atPath: binary), "build the legis product first")
        let certificates = try TestCertificates()
        let server = try GitHTTPServer(
            repositoryRoot: repositoryRoot, user: "ana", password: "s3cret-token", tls: certificates)
        let remote = try server.makeRepository("shared.git")
        let machine = try Machine(binary: binary)
        let token = ["LEGIS_GIT_TOKEN": "s3cret-token", "LEGIS_GIT_USERNAME": "ana"]
        #expect(server.url("shared.git").hasPrefix("https://"))

        // Signed by an authority this machine does not know: refused, nothing sent.
        let untrusted = try machine.sync(binary, server.url("shared.git"), token.merging(["GIT_SSL_CAINFO": ""]) { $1 })
        #expect(untrusted.status == 1)
        #expect(untrusted.error.contains("is not trusted"), "\(untrusted.error)")
        #expect(untrusted.error.contains("GIT_SSL_CAINFO"), "\(untrusted.error)")
        #expect(try Tool.git(["--git-dir", remote, "rev-parse", "--verify", "-q", "main"], in: "/").status != 0)

        // The group's own authority, named as git users name it.
        let trusted = try machine.sync(
            binary, server.url("shared.git"), token.merging(["GIT_SSL_CAINFO": certificates.authority]) { $1 })
        #expect(trusted.status == 0, "\(trusted.error)")
        #expect(try remoteMain(remote) == localMain(machine))

        // The same in the workspace's git config.
        try Tool.git(["config", "http.sslCAInfo", certificates.authority], in: machine.workspace)
        let configured = try machine.sync(binary, server.url("shared.git"), token.merging(["GIT_SSL_CAINFO": ""]) { $1 })
        #expect(configured.status == 0, "\(configured.error)")

        // A file that is not there: said before connecting.
        let missing = try machine.sync(
            binary, server.url("shared.git"), token.merging(["GIT_SSL_CAINFO": machine.home.file("no-such.pem")]) { $1 })
        #expect(missing.status != 0)
        #expect(missing.error.contains("GIT_SSL_CAINFO names"), "\(missing.error)")
        #expect(missing.error.contains("cannot be read"), "\(missing.error)")
    }
}
