public import Foundation
import Glibc

/// A real `sshd` on 127.0.0.1 serving git over SSH to one authorised key, for tests.
///
/// Runs as the current user with its own host key, configuration and `authorized_keys` in a
/// temporary folder; stopped when the value goes away.
public final class SSHServer: @unchecked Sendable {
    public let folder: TemporaryFolder
    public let port: Int
    /// The host's public key line (`ssh-ed25519 AAAA...`).
    public let hostKey: String
    /// A private key file the server accepts, with its `.pub` beside it.
    public let userKey: String
    private var pid: Int32 = 0

    public init() throws {
        folder = try TemporaryFolder(prefix: "legis-sshd")
        for name in ["host", "user"] {
            let made = try Tool.run("ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-C", name, "-f", folder.file(name)], in: folder.path)
            guard made.status == 0 else { throw HostError("ssh-keygen failed: \(made.error)") }
        }
        hostKey = try folder.read("host.pub").split(separator: " ").prefix(2).joined(separator: " ")
        userKey = folder.file("user")
        try folder.write("authorized_keys", try folder.read("user.pub"))
        chmod(folder.file("user"), 0o600)
        chmod(folder.file("host"), 0o600)
        port = try freePort()
        try folder.write(
            "sshd_config",
            """
            Port \(port)
            ListenAddress 127.0.0.1
            HostKey \(folder.file("host"))
            AuthorizedKeysFile \(folder.file("authorized_keys"))
            PidFile \(folder.file("sshd.pid"))
            PasswordAuthentication no
            KbdInteractiveAuthentication no
            PubkeyAuthentication yes
            PermitRootLogin prohibit-password
            UsePAM no
            StrictModes no
            LogLevel ERROR

            """)
        try? FileManager.default.createDirectory(atPath: "/run/sshd", withIntermediateDirectories: true)
        let sshd = ["/usr/sbin/sshd", "/usr/local/sbin/sshd"].first { FileManager.default.isExecutableFile(atPath: $0) }
        guard let sshd else { throw HostError("sshd is not installed: run script/setup --tests (openssh-server)") }
        // Daemons are not children of this process: sshd detaches itself and is stopped by pid.
        let started = try Tool.run(
            "sh", ["-c", "'\(sshd)' -f '\(folder.file("sshd_config"))' > /dev/null 2>&1 < /dev/null"], in: folder.path)
        guard started.status == 0 else { throw HostError("sshd did not start: \(started.error)") }
        try waitForPort(port)
        pid = Int32((try? folder.read("sshd.pid"))?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "") ?? 0
    }

    deinit {
        if pid > 0 { kill(pid, SIGTERM) }
    }

    /// The known_hosts line for this server.
    public var knownHostsLine: String { "[127.0.0.1]:\(port) \(hostKey)\n" }

    /// The URL of a repository at `path` on this server, for the current user.
    public func url(_ path: String) -> String { "ssh://\(NSUserName())@127.0.0.1:\(port)\(path)" }
}

/// `git http-backend` behind a small web server on 127.0.0.1 (`script/git-http-test-server`),
/// with Basic authentication when a user and password are given, over HTTPS when given a
/// certificate; stopped when the value goes away.
public final class GitHTTPServer: @unchecked Sendable {
    public let root: TemporaryFolder
    public let port: Int
    private let scheme: String
    private var pid: Int32 = 0

    public init(
        repositoryRoot: String, user: String? = nil, password: String? = nil, tls: TestCertificates? = nil
    ) throws {
        root = try TemporaryFolder(prefix: "legis-http")
        scheme = tls == nil ? "http" : "https"
        var command = "python3 '\(repositoryRoot)/script/git-http-test-server' '\(root.path)'"
        if let user, let password { command += " --user '\(user)' --password '\(password)'" }
        if let tls { command += " --tls '\(tls.serverChain)' '\(tls.serverKey)'" }
        let portFile = root.file("port")
        let started = try Tool.run(
            "bash", ["-c", closingInheritedFiles + "\(command) > '\(portFile)' 2>/dev/null < /dev/null & echo $!"],
            in: root.path)
        pid = Int32(started.output.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
        var found: Int?
        for _ in 0..<250 {
            let text = (try? root.read("port")) ?? ""
            if text.hasPrefix("PORT "), let number = Int(text.dropFirst(5).prefix { $0.isNumber }), text.hasSuffix("\n") {
                found = number
                // The server's own pid: `$!` may name a launcher (a pyenv shim) that forked it.
                if let range = text.range(of: "PID "), let own = Int32(text[range.upperBound...].prefix { $0.isNumber }) {
                    pid = own
                }
                break
            }
            usleep(20_000)
        }
        guard let found else {
            if pid > 0 { kill(pid, SIGKILL) }
            throw HostError("the git HTTP test server did not start")
        }
        port = found
    }

    deinit {
        // SIGKILL: a process started from the test runner may inherit SIGTERM as ignored.
        if pid > 0 { kill(pid, SIGKILL) }
    }

    /// Makes an empty bare repository `name` (such as `shared.git`) that accepts pushes.
    @discardableResult
    public func makeRepository(_ name: String) throws -> String {
        let path = root.file(name)
        try Tool.git(["init", "-q", "--bare", "-b", "main", path], in: root.path)
        try Tool.git(["config", "http.receivepack", "true"], in: path)
        return path
    }

    /// The URL of a repository on this server.
    public func url(_ name: String) -> String { "\(scheme)://127.0.0.1:\(port)/\(name)" }
}

/// A certificate authority of its own and a server certificate it signed for 127.0.0.1, made with
/// `openssl` in a temporary folder.
public struct TestCertificates: Sendable {
    public let folder: TemporaryFolder
    /// The authority's certificate (PEM), what a client must trust.
    public var authority: String { folder.file("authority.pem") }
    /// The server's certificate followed by the authority's (PEM).
    public var serverChain: String { folder.file("server-chain.pem") }
    public var serverKey: String { folder.file("server.key") }

    public init() throws {
        folder = try TemporaryFolder(prefix: "legis-tls")
        let steps: [[String]] = [
            ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=Legis test authority",
             "-keyout", "authority.key", "-out", "authority.pem"],
            ["req", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=127.0.0.1", "-keyout", "server.key", "-out", "server.csr"],
            ["x509", "-req", "-in", "server.csr", "-CA", "authority.pem", "-CAkey", "authority.key", "-CAcreateserial",
             "-days", "2", "-extfile", "server.ext", "-out", "server.pem"],
        ]
        try folder.write("server.ext", "subjectAltName = DNS:127.0.0.1, IP:127.0.0.1\n")
        for step in steps {
            let made = try Tool.run("openssl", step, in: folder.path)
            guard made.status == 0 else { throw HostError("openssl \(step[0]) failed: \(made.error)") }
        }
        try folder.write("server-chain.pem", try folder.read("server.pem") + folder.read("authority.pem"))
    }
}

/// An `ssh-agent` of its own, holding the keys added to it; stopped when the value goes away.
public final class SSHAgent: @unchecked Sendable {
    public let folder: TemporaryFolder
    public let socket: String
    private var pid: Int32 = 0

    public init() throws {
        folder = try TemporaryFolder(prefix: "legis-agent")
        socket = folder.file("agent.sock")
        // The agent detaches and keeps its standard output: it writes to a file, not to a pipe.
        let script = folder.file("agent.env")
        let started = try Tool.run(
            "bash", ["-c", closingInheritedFiles + "ssh-agent -s -a '\(socket)' > '\(script)' 2>/dev/null < /dev/null"],
            in: folder.path)
        let output = (try? folder.read("agent.env")) ?? ""
        guard started.status == 0, let range = output.range(of: "SSH_AGENT_PID=") else {
            throw HostError("ssh-agent did not start: \(started.error)")
        }
        pid = Int32(output[range.upperBound...].prefix { $0.isNumber }) ?? 0
    }

    deinit {
        // SIGKILL: a process started from the test runner may inherit SIGTERM as ignored.
        if pid > 0 { kill(pid, SIGKILL) }
    }

    /// Adds a private key file.
    public func add(_ key: String) throws {
        let added = try Tool.run("ssh-add", [key], in: folder.path, environment: ["SSH_AUTH_SOCK": socket])
        guard added.status == 0 else { throw HostError("ssh-add failed: \(added.error)") }
    }
}

/// A shell prelude that closes every file descriptor above 2: a daemon started from a test must
/// not keep the pipes of the process that started it (Foundation leaves them open in children),
/// or reading that process's output never ends.
let closingInheritedFiles = "for fd in $(ls /proc/$$/fd); do [ \"$fd\" -gt 2 ] && eval \"exec $fd>&-\"; done 2>/dev/null; "

/// A test host that could not be started.
public struct HostError: Error, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}

/// A TCP port on 127.0.0.1 that was free a moment ago.
public func freePort() throws -> Int {
    let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    guard fd >= 0 else { throw HostError("socket() failed") }
    defer { close(fd) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    address.sin_port = 0
    let bound = withUnsafePointer(to: &address) {
        $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
    }
    guard bound == 0 else { throw HostError("bind() failed") }
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    _ = withUnsafeMutablePointer(to: &address) {
        $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
    }
    return Int(UInt16(bigEndian: address.sin_port))
}

/// Waits up to five seconds until something accepts connections on 127.0.0.1:`port`.
func waitForPort(_ port: Int) throws {
    for _ in 0..<250 {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = UInt16(port).bigEndian
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        close(fd)
        if connected == 0 { return }
        usleep(20_000)
    }
    throw HostError("nothing listens on 127.0.0.1:\(port)")
}
