import Foundation
import LegisGit
import LegisSignature

/// The credentials `legis sync` offers a remote and the SSH host keys it trusts, from the
/// environment and git config, as git users already set them up:
///
/// - SSH: the keys in ssh-agent (`SSH_AUTH_SOCK`), then the key file in git config
///   `legis.sshKey` or `LEGIS_SSH_KEY`, then `~/.ssh/id_ed25519`, `id_ecdsa`, `id_rsa`. Host keys
///   are checked against `~/.ssh/known_hosts` (or the file in `legis.sshKnownHosts`) and
///   `/etc/ssh/ssh_known_hosts`; an unknown or changed key stops the sync.
/// - HTTPS: a token in `LEGIS_GIT_TOKEN` (user `LEGIS_GIT_USERNAME`, or the URL's), then git's
///   credential helper (`credential.helper`). The host's certificate is checked against the
///   system's authorities, or those in the file named by `GIT_SSL_CAINFO` or git config
///   `http.sslCAInfo`.
///
/// Each credential is offered once; when the remote has refused them all, the sync fails with a
/// message naming what was tried.
final class SyncAccess {
    let address: RemoteAddress
    private let workspace: Workspace
    private let environment: [String: String]
    private var candidates: [Credential]?
    private var offered: [String] = []
    private var failure: String?

    init(workspace: Workspace, url: String, environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.workspace = workspace
        self.environment = environment
        address = RemoteAddress(url)
    }

    /// The callbacks for LegisGit.
    func remoteAccess() -> RemoteAccess {
        RemoteAccess(
            credentials: { [self] request in next(request) },
            hostKey: { [self] key in check(key) },
            failure: { [self] in failure })
    }

    /// Trusts the certificate authorities named by `GIT_SSL_CAINFO` or `http.sslCAInfo`, if
    /// either is set and the remote speaks HTTPS.
    func useCertificateAuthorities() throws(LegisError) {
        guard address.scheme == "https" else { return }
        let named = environment["GIT_SSL_CAINFO"].flatMap { $0.isEmpty ? nil : ("GIT_SSL_CAINFO", $0) }
            ?? config("http.sslCAInfo").map { ("git config http.sslCAInfo", $0) }
        guard let (source, value) = named else { return }
        let file = expand(value)
        guard FileManager.default.isReadableFile(atPath: file) else {
            throw LegisError(
                .invalidInput,
                "\(source) names '\(file)', which cannot be read: give the path of a PEM file of certificate authorities, or unset it to use the system's.")
        }
        do {
            try CertificateAuthorities.use(file: file)
        } catch {
            throw LegisError(.repository, "The certificate authorities in '\(file)' (\(source)) cannot be used: \(error.message).")
        }
    }

    private var home: String { environment["HOME"] ?? NSHomeDirectory() }

    private func config(_ key: String) -> String? {
        ((try? workspace.repository.configValue(key)) ?? nil).flatMap { $0.isEmpty ? nil : $0 }
    }

    private func expand(_ path: String) -> String {
        path.hasPrefix("~/") ? home + path.dropFirst() : path
    }

    // MARK: Credentials

    private func next(_ request: CredentialRequest) -> Credential? {
        // Each connection (listing, fetch, push) starts the list afresh.
        if request.attempt == 0 {
            candidates = nil
            offered = []
        }
        let user = request.username ?? address.user
        if request.allowed == .username || (request.allowed.contains(.username) && user == nil && !request.allowed.contains(.sshKey)) {
            return .username(user ?? environment["USER"] ?? NSUserName())
        }
        if candidates == nil {
            candidates = request.allowed.contains(.sshKey)
                ? sshCandidates(user: user ?? environment["USER"] ?? NSUserName())
                : request.allowed.contains(.userPassword) ? httpCandidates(user: user) : []
        }
        guard var remaining = candidates, !remaining.isEmpty else {
            failure = refusal(request)
            return nil
        }
        let credential = remaining.removeFirst()
        candidates = remaining
        offered.append(Self.describe(credential))
        return credential
    }

    private func sshCandidates(user: String) -> [Credential] {
        var result: [Credential] = []
        if let socket = environment["SSH_AUTH_SOCK"], !socket.isEmpty { result.append(.sshAgent(user: user)) }
        var files: [String] = []
        if let configured = config("legis.sshKey") { files.append(expand(configured)) }
        if let given = environment["LEGIS_SSH_KEY"], !given.isEmpty { files.append(expand(given)) }
        for name in ["id_ed25519", "id_ecdsa", "id_rsa"] {
            let path = home + "/.ssh/" + name
            if FileManager.default.fileExists(atPath: path) { files.append(path) }
        }
        var seen = Set<String>()
        for file in files where seen.insert(file).inserted {
            let publicKey = file + ".pub"
            result.append(
                .sshKeyFile(
                    user: user, privateKey: file,
                    publicKey: FileManager.default.fileExists(atPath: publicKey) ? publicKey : nil, passphrase: nil))
        }
        return result
    }

    private func httpCandidates(user: String?) -> [Credential] {
        var result: [Credential] = []
        if let token = environment["LEGIS_GIT_TOKEN"], !token.isEmpty {
            let name = environment["LEGIS_GIT_USERNAME"].flatMap { $0.isEmpty ? nil : $0 } ?? user ?? "legis"
            result.append(.userPassword(user: name, password: token))
        }
        if let helper = config("credential.helper"),
            let (name, password) = CredentialHelper(command: helper, home: home).get(address, user: user)
        {
            result.append(.userPassword(user: name, password: password))
        }
        return result
    }

    private func refusal(_ request: CredentialRequest) -> String {
        let target = address.transport == .ssh ? "\(request.username ?? address.user ?? "")@\(address.host)" : address.host
        if offered.isEmpty {
            return address.transport == .ssh
                ? "\(target) asks for an SSH key and none was found: start ssh-agent with your key, or set git config legis.sshKey to a key file"
                : "\(target) asks for a user name and password and none was found: set LEGIS_GIT_TOKEN to an access token, or set up git's credential helper"
        }
        return "\(target) refused every credential offered (\(offered.joined(separator: ", "))): check that the key or token is registered for this repository and has write access"
    }

    private static func describe(_ credential: Credential) -> String {
        switch credential {
        case .sshAgent: "the keys in ssh-agent"
        case .sshKeyFile(_, let file, _, _): "the key file \(file)"
        case .userPassword(let user, _): "a token or password for \(user)"
        case .username(let user): "the user name \(user)"
        }
    }

    // MARK: Host keys

    private func check(_ key: HostKey) -> HostKeyVerdict {
        var known = KnownHosts()
        let userFile = config("legis.sshKnownHosts").map(expand) ?? home + "/.ssh/known_hosts"
        var files: [String] = []
        for file in [userFile, "/etc/ssh/ssh_known_hosts"] {
            guard let data = FileManager.default.contents(atPath: file) else { continue }
            known.add(String(decoding: data, as: UTF8.self), file: file)
            files.append(file)
        }
        let host = address.host.isEmpty ? key.host : address.host
        let shown = "\(key.type ?? "key") \(KnownHosts.fingerprint(key.key))"
        let name = address.port == 22 ? host : "[\(host)]:\(address.port)"
        switch known.check(host: host, port: address.port, key: key.key) {
        case .trusted:
            return .trusted
        case .revoked(let file, let line):
            return .rejected("the SSH host key of \(name) (\(shown)) is marked @revoked in \(file) line \(line); do not use this host until its administrators give a new key")
        case .changed(let file, let line):
            return .rejected("the SSH host key of \(name) has CHANGED: it showed \(shown), but \(file) line \(line) records another key. Someone may be impersonating the host; if its administrators confirm the new key, replace that line")
        case .unknown:
            return .rejected("the SSH host \(name) is not in known_hosts (\(files.isEmpty ? userFile : files.joined(separator: ", "))); it showed \(shown). Check that fingerprint with the host's administrators, then add the host: ssh-keyscan\(address.port == 22 ? "" : " -p \(address.port)") \(host) >> ~/.ssh/known_hosts")
        }
    }
}
