import Foundation
import Yams

extension Stakeholder {
    /// Reads a stakeholder file; `file` names it in errors.
    static func parse(yaml text: String, file: String) throws(LegisError) -> Stakeholder {
        let node: Node?
        do {
            node = try Yams.compose(yaml: text)
        } catch {
            throw LegisError(.invalidInput, "\(file) is not valid YAML: \(error)")
        }
        guard let mapping = node?.mapping else {
            throw LegisError(.invalidInput, "\(file) must be a mapping with id, name, category, contact and keys.")
        }
        func string(_ key: String) -> String? { mapping[Node(key)]?.string }
        for key in mapping.keys {
            guard let name = key.string, ["id", "name", "category", "contact", "keys"].contains(name) else {
                throw LegisError(.invalidInput, "\(file): unknown field '\(key.string ?? "?")' (line \(key.mark?.line ?? 0)).")
            }
        }
        guard let id = string("id") else { throw LegisError(.invalidInput, "\(file): 'id' is missing.") }
        try validate(id: id)
        guard let name = string("name"), !name.isEmpty else { throw LegisError(.invalidInput, "\(file): 'name' is missing.") }
        guard let categoryText = string("category") else {
            throw LegisError(.invalidInput, "\(file): 'category' is missing.")
        }
        let category: StakeholderCategory
        do { category = try StakeholderCategory(parsing: categoryText) } catch {
            throw LegisError(.invalidInput, "\(file): \(error.message)")
        }
        var keys: [Key] = []
        for item in mapping[Node("keys")]?.sequence ?? [] {
            guard let entry = item.mapping, let line = entry[Node("key")]?.string else {
                throw LegisError(.invalidInput, "\(file): each entry of 'keys' needs a 'key: ssh-ed25519 AAAA...' line (line \(item.mark?.line ?? 0)).")
            }
            func date(_ field: String) throws(LegisError) -> Date? {
                guard let value = entry[Node(field)]?.string else { return nil }
                guard let parsed = Self.day(value) else {
                    throw LegisError(.invalidInput, "\(file): '\(field)' must be a date YYYY-MM-DD, not '\(value)'.")
                }
                return parsed
            }
            let revokedText = entry[Node("revoked")]?.string ?? "false"
            guard revokedText == "true" || revokedText == "false" else {
                throw LegisError(.invalidInput, "\(file): 'revoked' must be true or false.")
            }
            keys.append(
                Key(
                    openSSH: line, validFrom: try date("valid-from"), validUntil: try date("valid-until"),
                    revoked: revokedText == "true", revokedReason: entry[Node("revoked-reason")]?.string,
                    revokedOn: try date("revoked-on"), retiredFrom: try date("retired-from"),
                    retiredReason: entry[Node("retired-reason")]?.string))
        }
        return Stakeholder(id: id, name: name, category: category, contact: string("contact"), keys: keys)
    }

    /// The stakeholder as a YAML file.
    var yaml: String {
        var lines = ["id: \(id)", "name: \(Self.quoted(name))", "category: \(category.rawValue)"]
        if let contact { lines.append("contact: \(Self.quoted(contact))") }
        lines.append("keys:")
        if keys.isEmpty { lines[lines.count - 1] = "keys: []" }
        for key in keys {
            lines.append("  - key: \(Self.quoted(key.openSSH))")
            if let from = key.validFrom { lines.append("    valid-from: \(Self.dayString(from))") }
            if let until = key.validUntil { lines.append("    valid-until: \(Self.dayString(until))") }
            if key.revoked { lines.append("    revoked: true") }
            if let reason = key.revokedReason { lines.append("    revoked-reason: \(Self.quoted(reason))") }
            if let on = key.revokedOn { lines.append("    revoked-on: \(Self.dayString(on))") }
            if let from = key.retiredFrom { lines.append("    retired-from: \(Self.dayString(from))") }
            if let reason = key.retiredReason { lines.append("    retired-reason: \(Self.quoted(reason))") }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func day(_ text: String) -> Date? {
        guard text.count == 10 else { return nil }
        return try? Date(text + "T00:00:00Z", strategy: .iso8601)
    }

    static func dayString(_ date: Date) -> String { String(ISO8601.string(date).prefix(10)) }

    private static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case _ where scalar.value < 0x20: out += String(format: "\\x%02X", scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
