import Foundation
public import LegisSignature

/// Signs by running `ssh-keygen -Y sign -n git`: for passphrase-protected keys, keys held by
/// ssh-agent, and hardware keys, which Legis does not read itself.
struct SSHKeygenSigner: Signer {
    /// The private key file, or a public key file whose private half ssh-agent holds.
    let keyPath: String
    let publicKey: SSHPublicKey
    /// The ssh-agent socket to use (by default `SSH_AUTH_SOCK`), if any.
    let agentSocket: String?

    init(keyPath: String, agentSocket: String? = ProcessInfo.processInfo.environment["SSH_AUTH_SOCK"]) throws(LegisError) {
        self.keyPath = keyPath
        self.agentSocket = agentSocket
        let publicPath = keyPath.hasSuffix(".pub") ? keyPath : keyPath + ".pub"
        guard let data = FileManager.default.contents(atPath: publicPath) else {
            throw LegisError(
                .invalidInput,
                "\(keyPath) is not an unencrypted ed25519 key, and there is no \(publicPath) to tell its public key: put the public key beside it.")
        }
        publicKey = try Workspace.parsePublicKey(String(decoding: data, as: UTF8.self))
    }

    /// Signs with the key held by ssh-agent when there is one (naming the public key), otherwise
    /// with the key file itself (ssh-keygen then asks for its passphrase on the terminal).
    func sign(_ payload: [UInt8]) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("legis-sign-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("payload")
        try Data(payload).write(to: file)
        let publicPath = keyPath.hasSuffix(".pub") ? keyPath : keyPath + ".pub"
        var attempts = [keyPath]
        if agentSocket != nil, publicPath != keyPath,
            FileManager.default.fileExists(atPath: publicPath)
        {
            attempts.insert(publicPath, at: 0)
        }
        var message = ""
        for key in attempts {
            let (status, errors) = try runKeygen(["-q", "-Y", "sign", "-n", "git", "-f", key, file.path])
            if status == 0, let signature = FileManager.default.contents(atPath: file.path + ".sig") {
                return String(decoding: signature, as: UTF8.self)
            }
            message = errors
        }
        throw LegisError(
            .verification,
            "ssh-keygen could not sign with \(keyPath): \(message.trimmingCharacters(in: .whitespacesAndNewlines))")
    }

    private func runKeygen(_ arguments: [String]) throws -> (Int32, String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["ssh-keygen"] + arguments
        var environment = ProcessInfo.processInfo.environment
        environment["SSH_AUTH_SOCK"] = agentSocket
        process.environment = environment
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, text)
    }
}

extension Workspace {
    /// A signer for a key file: native for an unencrypted OpenSSH ed25519 key, `ssh-keygen` otherwise.
    public static func signer(forKeyFile path: String) throws(LegisError) -> any Signer {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw LegisError(.notFound, "\(path): no such key file.")
        }
        let text = String(decoding: data, as: UTF8.self)
        if text.hasPrefix("-----BEGIN OPENSSH PRIVATE KEY-----") {
            do {
                return NativeSigner(key: try SSHPrivateKey(openSSHFormat: text))
            } catch .encrypted {
                return try SSHKeygenSigner(keyPath: path)
            } catch {
                throw LegisError(.invalidInput, "\(path): \(error)")
            }
        }
        return try SSHKeygenSigner(keyPath: path)
    }

    /// Makes an unencrypted ed25519 key pair: `path` (private, mode 600) and `path.pub`.
    public static func generateKey(at path: String, comment: String) throws(LegisError) -> SSHPublicKey {
        let manager = FileManager.default
        guard !manager.fileExists(atPath: path), !manager.fileExists(atPath: path + ".pub") else {
            throw LegisError(.conflict, "\(path) exists already: choose another file.")
        }
        let key = SSHPrivateKey.generate(comment: comment)
        do {
            // A new user's key folder (such as ~/.legis) may not exist yet: made readable by its owner only.
            let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
            if !manager.fileExists(atPath: folder) {
                try manager.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            }
            guard manager.createFile(
                atPath: path, contents: Data(key.openSSHFormat.utf8), attributes: [.posixPermissions: 0o600])
            else {
                throw LegisError(.io, "Could not create \(path): check that its folder exists and is writable.")
            }
            try Data((key.publicKey.authorizedKeyLine + "\n").utf8).write(
                to: URL(fileURLWithPath: path + ".pub"), options: .withoutOverwriting)
        } catch {
            throw LegisError(.io, "Could not write the key to \(path): \(error.localizedDescription)")
        }
        return key.publicKey
    }
}
