import ArgumentParser
import Foundation
import LegisGit
import LegisTracker

struct TrustRoot: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "trust-root",
        abstract:
            "Show, fix or pin the trust root: the secretariat whose keys sign every change to the stakeholder registry.",
        discussion: """
            Without options: show the trust root and any registry change the chain of trust refuses (exit status 1 if any).
            --key KEY: fix the trust root of a workspace that has none (one made before registry changes were signed): \
            the stakeholder given by --secretariat (registered with KEY's public key if new) signs every later registry change.
            --pin COMMIT: in a fresh clone, pin the trust root commit confirmed with the secretariat by another channel.
            """)

    @Option(help: "The secretariat's private key (KEY.pub beside it): fixes the trust root.") var key: String?
    @Option(help: "The secretariat's stakeholder id.") var secretariat: String = "secretariat"
    @Option(help: "The secretariat's name, when it is not registered yet.") var secretariatName: String = "Secretariat"
    @Option(help: "Pin this trust root commit in this clone.") var pin: String?
    @Flag(help: "Print JSON.") var json = false
    @OptionGroup var workspace: WorkspaceOptions
    @OptionGroup var author: AuthorOption

    func run() throws {
        let opened = try workspace.open()
        if let key {
            let commit = try opened.establishTrustRoot(
                secretariat: secretariat, name: secretariatName, signer: try Workspace.signer(forKeyFile: key),
                author: try author.parsed())
            Console.line(
                "Trust root fixed and pinned: \(commit.hex). Give this id to every member, to pin it in their clone with 'legis trust-root --pin \(commit.hex)'."
            )
            return
        }
        if let pin {
            guard let commit = ObjectID(hex: pin) else {
                throw ValidationError("--pin takes a full 40-digit commit id.")
            }
            try opened.pinTrustRoot(commit)
            Console.line("Pinned the trust root \(commit.hex).")
            return
        }
        let trust = try opened.registryTrust()
        if json {
            try JSONOutput.print(trust)
        } else {
            Console.line(TrustRoot.describe(trust))
            for problem in trust.problems {
                Console.line(
                    "REFUSED\t\(problem.commit.isEmpty ? "-" : String(problem.commit.prefix(10)))\t\(problem.reason)")
            }
        }
        if !trust.problems.isEmpty {
            throw CommandFailure(
                message: "\(trust.problems.count) registry change(s) are refused by the chain of trust.")
        }
    }

    /// One line on the trust root.
    static func describe(_ trust: RegistryTrust) -> String {
        guard let root = trust.root else {
            return
                "No trust root: the stakeholder registry is whatever the branch tip holds, and anyone who can commit can change it. Fix one with 'legis trust-root --key KEY'."
        }
        let pinned =
            trust.pinned == root
            ? "pinned in this clone" : "not pinned in this clone ('legis trust-root --pin \(root)')"
        return
            "Trust root \(root) (\(pinned)); registry changes are signed by: \(trust.secretariat.joined(separator: ", "))."
    }
}
