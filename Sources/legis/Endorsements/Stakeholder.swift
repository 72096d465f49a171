import ArgumentParser
import Foundation
import LegisDocument
import LegisGit
import LegisSignature
import LegisTracker

struct StakeholderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stakeholder", abstract: "Register and list the stakeholders who endorse texts, and their keys.",
        subcommands: [Add.self, List.self, ShowOne.self, AddKey.self, RevokeKey.self, RetireKey.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "add", abstract: "Register a stakeholder with its public key.")
        @Argument(help: "The stakeholder id: lowercase letters, digits and '-'.") var id: String
        @Option(help: "The full name.") var name: String
        @Option(help: "ngo, magistrates, police, embassy, international-organisation, child-protection, central-administration, researcher, journalist, physician or other.")
        var category: String
        @Option(help: "How to reach them.") var contact: String?
        @Option(help: "The OpenSSH public key file (KEY.pub).") var keyFile: String
        @Option(help: "First day the key may sign (YYYY-MM-DD).") var validFrom: String?
        @Option(help: "Last day the key may sign (YYYY-MM-DD).") var validUntil: String?
        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var author: AuthorOption
        @OptionGroup var signing: RegistrySigningOption

        func run() throws {
            let stakeholder = try workspace.open().addStakeholder(
                id: id, name: name, category: try StakeholderCategory(parsing: category), contact: contact,
                publicKey: try readKey(keyFile), validFrom: try day(validFrom, "--valid-from"),
                validUntil: try day(validUntil, "--valid-until"), author: try author.parsed(), signer: try signing.signer())
            Console.line("Registered \(stakeholder.id) (\(stakeholder.category.rawValue)).")
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List the stakeholders.")
        @Flag(help: "Print JSON.") var json = false
        @OptionGroup var workspace: WorkspaceOptions

        func run() throws {
            let registry = try workspace.open().stakeholderRegistry()
            if json { return try JSONOutput.print(registry.all.map(StakeholderJSON.init)) }
            for stakeholder in registry.all {
                Console.line("\(stakeholder.id)\t\(stakeholder.category.rawValue)\t\(stakeholder.name)\t\(stakeholder.keys.count == 1 ? "1 key" : "\(stakeholder.keys.count) keys")")
            }
            for (id, problem) in registry.problems.sorted(by: { $0.key < $1.key }) {
                Console.error("legis: stakeholder \(id) skipped: \(problem)")
            }
        }
    }

    struct ShowOne: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "show", abstract: "Show a stakeholder and its keys.")
        @Argument(help: "The stakeholder id.") var id: String
        @Flag(help: "Print JSON.") var json = false
        @OptionGroup var workspace: WorkspaceOptions

        func run() throws {
            let stakeholder = try workspace.open().stakeholder(id)
            let value = StakeholderJSON(stakeholder)
            if json { return try JSONOutput.print(value) }
            Console.line("\(value.name) (\(value.id)), \(value.category)")
            if let contact = value.contact { Console.line("Contact: \(contact)") }
            for key in value.keys {
                let window: String
                switch (key.validFrom, key.validUntil) {
                case (let from?, let until?): window = "may sign from \(from) to \(until)"
                case (let from?, nil): window = "may sign from \(from)"
                case (nil, let until?): window = "may sign until \(until)"
                case (nil, nil): window = "may sign at any date"
                }
                let registered = "it was registered to sign \(window.dropFirst("may sign ".count))"
                var state = window
                if let retired = key.retiredFrom {
                    let reason = key.retiredReason.map { " (\($0))" } ?? ""
                    state = "RETIRED from \(retired)\(reason): what it signed before still counts (\(registered))"
                }
                if key.revoked {
                    let reason = key.revokedReason ?? "compromised"
                    let day = key.revokedOn.map { " on \($0)" } ?? ""
                    state = "REVOKED: nothing it signed counts (\(reason)\(day); \(registered))"
                }
                Console.line("  \(key.fingerprint)  \(state)")
            }
        }
    }

    struct AddKey: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "add-key", abstract: "Register another key for a stakeholder.")
        @Argument(help: "The stakeholder id.") var id: String
        @Option(help: "The OpenSSH public key file (KEY.pub).") var keyFile: String
        @Option(help: "First day the key may sign (YYYY-MM-DD).") var validFrom: String?
        @Option(help: "Last day the key may sign (YYYY-MM-DD).") var validUntil: String?
        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var author: AuthorOption
        @OptionGroup var signing: RegistrySigningOption

        func run() throws {
            try workspace.open().addKey(
                to: id, publicKey: try readKey(keyFile), validFrom: try day(validFrom, "--valid-from"),
                validUntil: try day(validUntil, "--valid-until"), author: try author.parsed(), signer: try signing.signer())
            Console.line("Added a key for \(id).")
        }
    }

    struct RevokeKey: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "revoke-key",
            abstract: "Revoke a compromised key: nothing it ever signed counts, whatever the date.",
            discussion: "For a key that is merely no longer used (lost laptop, person left), use retire-key: what it signed before stays valid.")
        @Argument(help: "The stakeholder id.") var id: String
        @Argument(help: "The key's fingerprint (SHA256:...) or a public key file.") var key: String
        @Option(help: "Why it is revoked (recorded).") var reason: String = "compromised"
        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var author: AuthorOption
        @OptionGroup var signing: RegistrySigningOption

        func run() throws {
            let selector = FileManager.default.fileExists(atPath: key) ? try readKey(key) : key
            try workspace.open().revokeKey(
                of: id, key: selector, reason: reason, author: try author.parsed(), signer: try signing.signer())
            Console.line("Revoked the key of \(id) (\(reason)): every endorsement it signed is invalid.")
        }
    }

    struct RetireKey: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "retire-key",
            abstract: "Retire a key from a day on: endorsements dated before stay valid, later ones are invalid.")
        @Argument(help: "The stakeholder id.") var id: String
        @Argument(help: "The key's fingerprint (SHA256:...) or a public key file.") var key: String
        @Option(help: "The first day the key no longer signs (YYYY-MM-DD).") var from: String
        @Option(help: "Why it is retired (recorded).") var reason: String = ""
        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var author: AuthorOption
        @OptionGroup var signing: RegistrySigningOption

        func run() throws {
            let selector = FileManager.default.fileExists(atPath: key) ? try readKey(key) : key
            guard let start = try day(from, "--from") else { return }
            try workspace.open().retireKey(
                of: id, key: selector, from: start, reason: reason, author: try author.parsed(),
                signer: try signing.signer())
            Console.line("Retired the key of \(id) from \(from).")
        }
    }
}

/// The key that signs a registry change (`--sign-with`), by default git's user.signingkey.
struct RegistrySigningOption: ParsableArguments {
    @Option(
        name: .customLong("sign-with"),
        help: "The secretariat's private key that signs this registry change. Default: git config user.signingkey.")
    var key: String?

    func signer() throws -> (any Signer)? { try key.map { try Workspace.signer(forKeyFile: $0) } }
}

/// A stakeholder as JSON.
struct StakeholderJSON: Encodable {
    struct Key: Encodable {
        var key: String, fingerprint: String, validFrom: String?, validUntil: String?, revoked: Bool
        var revokedReason: String?, revokedOn: String?, retiredFrom: String?, retiredReason: String?
    }
    var id: String, name: String, category: String, contact: String?, keys: [Key]

    init(_ stakeholder: LegisTracker.Stakeholder) {
        id = stakeholder.id
        name = stakeholder.name
        category = stakeholder.category.rawValue
        contact = stakeholder.contact
        keys = stakeholder.keys.map {
            Key(key: $0.openSSH, fingerprint: Workspace.fingerprint(of: $0) ?? "?",
                validFrom: $0.validFrom.map { String(ISO8601.string($0).prefix(10)) },
                validUntil: $0.validUntil.map { String(ISO8601.string($0).prefix(10)) }, revoked: $0.revoked,
                revokedReason: $0.revokedReason, revokedOn: $0.revokedOn.map { String(ISO8601.string($0).prefix(10)) },
                retiredFrom: $0.retiredFrom.map { String(ISO8601.string($0).prefix(10)) }, retiredReason: $0.retiredReason)
        }
    }
}

func readKey(_ file: String) throws -> String {
    guard let data = FileManager.default.contents(atPath: file) else {
        throw LegisError(.notFound, "\(file): no such key file.")
    }
    return String(decoding: data, as: UTF8.self)
}

func day(_ text: String?, _ option: String) throws -> Date? {
    guard let text else { return nil }
    guard text.count == 10, let date = try? Date(text + "T00:00:00Z", strategy: .iso8601) else {
        throw ValidationError("\(option) must be a date YYYY-MM-DD, not '\(text)'.")
    }
    return date
}
