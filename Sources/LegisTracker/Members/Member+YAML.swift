import Foundation
import Yams

extension Member {
    /// Reads a member file; `file` names it in errors.
    static func parse(yaml text: String, file: String) throws(LegisError) -> Member {
        let node: Node?
        do {
            node = try Yams.compose(yaml: text)
        } catch {
            throw LegisError(.invalidInput, "\(file) is not valid YAML: \(error)")
        }
        guard let mapping = node?.mapping else {
            throw LegisError(.invalidInput, "\(file) must be a mapping with email, name, stakeholder, roles and keys.")
        }
        for key in mapping.keys {
            guard let name = key.string, ["email", "name", "stakeholder", "roles", "keys"].contains(name) else {
                throw LegisError(.invalidInput, "\(file): unknown field '\(key.string ?? "?")' (line \(key.mark?.line ?? 0)).")
            }
        }
        func string(_ key: String) -> String? { mapping[Node(key)]?.string }
        guard let email = string("email") else { throw LegisError(.invalidInput, "\(file): 'email' is missing.") }
        try validate(email: email)
        guard let name = string("name"), !name.isEmpty else {
            throw LegisError(.invalidInput, "\(file): 'name' is missing.")
        }
        guard let stakeholder = string("stakeholder") else {
            throw LegisError(.invalidInput, "\(file): 'stakeholder' is missing.")
        }
        var roles: [Role] = []
        for item in mapping[Node("roles")]?.sequence ?? [] {
            do { roles.append(try Role(parsing: item.string ?? "")) } catch {
                throw LegisError(.invalidInput, "\(file): \(error.message)")
            }
        }
        var keys: [Stakeholder.Key] = []
        for item in mapping[Node("keys")]?.sequence ?? [] {
            guard let entry = item.mapping, let line = entry[Node("key")]?.string else {
                throw LegisError(.invalidInput, "\(file): each entry of 'keys' needs a 'key: ssh-ed25519 AAAA...' line.")
            }
            func date(_ field: String) throws(LegisError) -> Date? {
                guard let value = entry[Node(field)]?.string else { return nil }
                guard let parsed = Stakeholder.day(value) else {
                    throw LegisError(.invalidInput, "\(file): '\(field)' must be a date YYYY-MM-DD, not '\(value)'.")
                }
                return parsed
            }
            let revoked = entry[Node("revoked")]?.string ?? "false"
            guard revoked == "true" || revoked == "false" else {
                throw LegisError(.invalidInput, "\(file): 'revoked' must be true or false.")
            }
            keys.append(
                Stakeholder.Key(
                    openSSH: line, validFrom: try date("valid-from"), validUntil: try date("valid-until"),
                    revoked: revoked == "true"))
        }
        return Member(email: email, name: name, stakeholder: stakeholder, roles: roles, keys: keys)
    }

    /// The member as a YAML file.
    var yaml: String {
        var lines = [
            "email: \(Self.quoted(email))", "name: \(Self.quoted(name))", "stakeholder: \(stakeholder)",
            "roles: [\(roles.map(\.rawValue).joined(separator: ", "))]",
        ]
        lines.append(keys.isEmpty ? "keys: []" : "keys:")
        for key in keys {
            lines.append("  - key: \(Self.quoted(key.openSSH))")
            if let from = key.validFrom { lines.append("    valid-from: \(Stakeholder.dayString(from))") }
            if let until = key.validUntil { lines.append("    valid-until: \(Stakeholder.dayString(until))") }
            if key.revoked { lines.append("    revoked: true") }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F: out += " "
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
