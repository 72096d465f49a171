import ArgumentParser
import Foundation
import LegisGit
import LegisTracker

/// `legis init --secretariat-key KEY`: fixes the trust root when the workspace is created.
struct InitTrustRootOptions: ParsableArguments {
    @Option(
        help:
            "The secretariat's private key (KEY.pub beside it): it signs every change to the stakeholder registry, and is set as git's user.signingkey here."
    )
    var secretariatKey: String?
    @Option(help: "The secretariat's stakeholder id.") var secretariatID: String = "secretariat"
    @Option(help: "The secretariat's name.") var secretariatName: String = "Secretariat"

    func apply(to workspace: Workspace, author: Author?) throws {
        guard let secretariatKey else {
            Console.error(
                "legis: note: no trust root yet; until 'legis trust-root --key KEY' fixes one, anyone who can commit can change the stakeholder registry."
            )
            return
        }
        if try workspace.registryTrust().root != nil { return }
        let commit = try workspace.establishTrustRoot(
            secretariat: secretariatID, name: secretariatName,
            signer: try Workspace.signer(forKeyFile: secretariatKey), author: author)
        let path = URL(fileURLWithPath: secretariatKey).standardizedFileURL.path
        try? workspace.repository.setConfigValue("user.signingkey", path)
        try? workspace.repository.setConfigValue("gpg.format", "ssh")
        Console.line("Trust root fixed and pinned: \(commit.hex) (registry changes are signed by \(secretariatID)).")
    }
}
