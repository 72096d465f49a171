import ArgumentParser
import Foundation
import LegisDocument
import LegisGit
import LegisSignature
import LegisTracker

struct Endorse: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "endorse",
        abstract: "Sign an endorsement of the exact text of a revision, as a stakeholder.",
        discussion: "The key must be registered for the stakeholder. An unencrypted OpenSSH ed25519 key is used directly; for a passphrase-protected key, ssh-agent or a hardware key, Legis runs ssh-keygen -Y sign (KEY.pub must be beside the key).")

    @Argument(help: "ID or ID@REV (default: the latest revision).") var reference: String
    @Option(name: .customLong("as"), help: "The stakeholder id.") var stakeholder: String
    @Option(help: "The private key file.") var key: String
    @Option(help: "support, support-with-reservations or object.") var stance: StanceChoice = .support
    @Option(help: "Provision paths the endorsement covers, comma-separated (default: the whole text).") var scope: String?
    @Option(help: "A statement signed with the endorsement.") var statement: String = ""
    @OptionGroup var workspace: WorkspaceOptions

    func run() throws {
        guard let stance = Stance(rawValue: stance.rawValue) else {
            throw ValidationError("--stance must be support, support-with-reservations or object.")
        }
        let ref = try DocumentReference(parsing: reference)
        let paths = scope.map { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } } ?? []
        let result = try workspace.open().endorse(
            ref.id, revision: ref.revision, as: stakeholder, keyFile: key, stance: stance, scope: paths,
            statement: statement)
        Console.line("Endorsed: \(result.name)")
    }
}

struct Endorsements: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "endorsements", abstract: "List the endorsements of a document with their status.")
    @Argument(help: "The document id.") var id: String
    @Flag(help: "Print a JSON array.") var json = false
    @OptionGroup var workspace: WorkspaceOptions

    func run() throws {
        let space = try workspace.open()
        let reports = try space.endorsements(of: try DocumentID(id))
        if json { return try JSONOutput.print(reports) }
        let registered = try space.stakeholderRegistry().byID.keys.sorted()
        EndorsementListing.printPositions(EndorsementPositions(reports: reports, registered: registered))
        Console.line("History:")
        EndorsementListing.printReports(reports)
    }
}

struct Verify: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract:
            "Verify every endorsement in the workspace; exit status 1 if any is invalid, a registry change was refused, or the workspace has no trust root.")
    @Flag(help: "Print a JSON array.") var json = false
    @OptionGroup var workspace: WorkspaceOptions

    func run() throws {
        let opened = try workspace.open()
        let reports = try opened.endorsements()
        if json { try JSONOutput.print(reports) } else { EndorsementListing.printReports(reports) }
        let trust = try opened.registryTrust()
        if trust.root == nil { Console.error("legis: NO TRUST ROOT: \(TrustRoot.describe(trust))") }
        for problem in trust.problems {
            let commit = problem.commit.isEmpty ? "" : "commit \(problem.commit.prefix(10)): "
            Console.error("legis: REGISTRY CHANGE REFUSED: \(commit)\(problem.reason)")
        }
        let invalid = reports.filter { $0.status == .invalid }.count
        if invalid > 0 || !trust.problems.isEmpty || trust.root == nil {
            var parts: [String] = []
            if invalid > 0 { parts.append("\(invalid) of \(reports.count) endorsement\(reports.count == 1 ? "" : "s") \(invalid == 1 ? "is" : "are") invalid") }
            if !trust.problems.isEmpty {
                parts.append("\(trust.problems.count) registry change\(trust.problems.count == 1 ? " is" : "s are") not signed by the secretariat and do not count")
            }
            if trust.root == nil {
                parts.append(
                    "the stakeholder registry has no trust root, so a key added with plain git cannot be told from a registered one")
            }
            throw CommandFailure(message: parts.joined(separator: "; ") + ".")
        }
    }
}

struct RevokeEndorsement: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "revoke-endorsement", abstract: "Withdraw an endorsement with a revocation signed by the same stakeholder.")
    @Argument(help: "The endorsement ref (refs/endorsements/...).") var ref: String
    @Option(help: "The stakeholder's private key file.") var key: String
    @Option(help: "Why it is withdrawn.") var reason: String = ""
    @OptionGroup var workspace: WorkspaceOptions

    func run() throws {
        let revocation = try workspace.open().revokeEndorsement(ref, keyFile: key, reason: reason)
        Console.line("Revoked: \(revocation.name)")
    }
}

struct AllowedSignersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "allowed-signers",
        abstract: "Print git's allowed_signers file for the stakeholder registry.",
        discussion: "git config gpg.ssh.allowedSignersFile FILE then lets 'git verify-tag refs/endorsements/...' check endorsements.")
    @OptionGroup var workspace: WorkspaceOptions

    func run() throws { Console.write(try workspace.open().allowedSigners()) }
}

struct Keygen: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keygen",
        abstract: "Make an ed25519 key pair for signing endorsements: FILE (private, keep it safe) and FILE.pub.")
    @Argument(help: "The private key file to create.") var file: String
    @Option(help: "A comment stored with the key (e.g. your name).") var comment: String = ""

    func run() throws {
        let key = try Workspace.generateKey(at: file, comment: comment)
        Console.line("Wrote \(file) and \(file).pub (\(key.fingerprint)).")
    }
}

/// The stances `--stance` accepts, checked while parsing so a wrong one shows `endorse`'s usage.
enum StanceChoice: String, ExpressibleByArgument, CaseIterable {
    case support
    case supportWithReservations = "support-with-reservations"
    case object
}
