import ArgumentParser
import Foundation
import LegisDocument
import LegisGit
import LegisTracker

struct StakeholderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stakeholder", abstract: "Register and list the stakeholders who endorse texts, and their keys.",
        subcommands: [Add.self, List.self, ShowOne.self, AddKey.self, RevokeKey.self])

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

        func run() throws {
            let stakeholder = try workspace.open().addStakeholder(
                id: id, name: name, category: try StakeholderCategory(parsing: category), contact: contact,
                publicKey: try readKey(keyFile), validFrom: try day(validFrom, "--valid-from"),
                validUntil: try day(validUntil, "--valid-until"), author: try author.parsed())
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
                let state = key.revoked ? "REVOKED: nothing it signed counts (it was registered to sign \(window.dropFirst("may sign ".count)))" : window
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

        func run() throws {
            try workspace.open().addKey(
                to: id, publicKey: try readKey(keyFile), validFrom: try day(validFrom, "--valid-from"),
                validUntil: try day(validUntil, "--valid-until"), author: try author.parsed())
            Console.line("Added a key for \(id).")
        }
    }

    struct RevokeKey: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "revoke-key", abstract: "Revoke a stakeholder's key: nothing it signed counts any more.")
        @Argument(help: "The stakeholder id.") var id: String
        @Argument(help: "The key's fingerprint (SHA256:...) or a public key file.") var key: String
        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var author: AuthorOption

        func run() throws {
            let selector = FileManager.default.fileExists(atPath: key) ? try readKey(key) : key
            try workspace.open().revokeKey(of: id, key: selector, author: try author.parsed())
            Console.line("Revoked the key of \(id).")
        }
    }
}

/// A stakeholder as JSON.
struct StakeholderJSON: Encodable {
    struct Key: Encodable {
        var key: String, fingerprint: String, validFrom: String?, validUntil: String?, revoked: Bool
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
                validUntil: $0.validUntil.map { String(ISO8601.string($0).prefix(10)) }, revoked: $0.revoked)
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
