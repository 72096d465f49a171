import ArgumentParser
import Foundation
import LegisGit
import LegisTracker

/// `legis init`'s trust root: the secretariat's key that signs every change to the stakeholder
/// registry, fixed when the workspace is created. A key is made for the secretariat unless one
/// is given (`--secretariat-key`) or the workspace opts out (`--no-trust-root`).
struct InitTrustRootOptions: ParsableArguments {
    @Option(
        help:
            "The secretariat's private key (KEY.pub beside it): it signs every change to the stakeholder registry, and is set as git's user.signingkey here. Without it, a new key is made in ~/.legis (or $LEGIS_HOME)."
    )
    var secretariatKey: String?
    @Option(help: "The secretariat's stakeholder id.") var secretariatID: String = "secretariat"
    @Option(help: "The secretariat's name.") var secretariatName: String = "Secretariat"
    @Flag(
        help:
            "Fix no trust root: anyone who can commit can then change the stakeholder registry, and 'legis verify' says so and exits 1."
    )
    var noTrustRoot = false

    func validate() throws {
        if noTrustRoot, secretariatKey != nil {
            throw ValidationError("--no-trust-root and --secretariat-key exclude each other: choose one.")
        }
    }

    /// Checks the given key before anything is created.
    func check() throws {
        if let secretariatKey { _ = try Workspace.signer(forKeyFile: secretariatKey) }
    }

    /// The key file to make for the secretariat of a workspace in `directory`, in `~/.legis`
    /// (or the folder `LEGIS_HOME` names).
    static func newKeyPath(for directory: String) -> String {
        let home = ProcessInfo.processInfo.environment["LEGIS_HOME"].flatMap { $0.isEmpty ? nil : $0 }
        let folder = home ?? NSHomeDirectory() + "/.legis"
        var name = URL(fileURLWithPath: directory).standardizedFileURL.lastPathComponent
        name = String(name.map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" ? $0 : "-" })
        if name.isEmpty || name == "-" { name = "workspace" }
        // A random suffix: two workspaces of the same name, made at once, never share a key.
        var path: String
        repeat {
            path = "\(folder)/\(name)-secretariat-" + String(UInt32.random(in: 0...UInt32.max), radix: 16)
        } while FileManager.default.fileExists(atPath: path) || FileManager.default.fileExists(atPath: path + ".pub")
        return path
    }

    func apply(to workspace: Workspace, author: Author?, bare: Bool, directory: String) throws {
        if bare { return }
        if try workspace.registryTrust().root != nil { return }
        if noTrustRoot {
            Console.error(
                "legis: note: no trust root; until 'legis trust-root --key KEY' fixes one, anyone who can commit can change the stakeholder registry."
            )
            return
        }
        var keyFile = secretariatKey
        var made = false
        if keyFile == nil {
            let path = Self.newKeyPath(for: directory)
            _ = try Workspace.generateKey(at: path, comment: "\(secretariatName) (\(secretariatID))")
            keyFile = path
            made = true
        }
        guard let keyFile else { return }
        let commit = try workspace.establishTrustRoot(
            secretariat: secretariatID, name: secretariatName,
            signer: try Workspace.signer(forKeyFile: keyFile), author: author)
        let path = URL(fileURLWithPath: keyFile).standardizedFileURL.path
        try? workspace.repository.setConfigValue("user.signingkey", path)
        try? workspace.repository.setConfigValue("gpg.format", "ssh")
        Console.line("Trust root fixed and pinned: \(commit.hex) (registry changes are signed by \(secretariatID)).")
        if made {
            Console.line(
                "The secretariat's key is \(path): it signs every change to the stakeholders and members here. Keep it safe and back it up; see Docs/endorsing.md."
            )
        }
    }
}
