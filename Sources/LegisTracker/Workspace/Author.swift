public import Foundation
public import LegisGit

/// A person named as `Name <email>`, as git writes authors.
public struct Author: Sendable, Hashable, CustomStringConvertible {
    public var name: String
    public var email: String

    public init(name: String, email: String) {
        self.name = name
        self.email = email
    }

    /// Parses `Name <email>`.
    public init(parsing text: String) throws(LegisError) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard trimmed.hasSuffix(">"), let open = trimmed.lastIndex(of: "<") else {
            throw LegisError(.usage, "The author '\(text)' is not of the form 'Name <email>'.")
        }
        let name = trimmed[..<open].trimmingCharacters(in: .whitespaces)
        let email = String(trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)])
        guard !name.isEmpty, !email.isEmpty, !email.contains("<"), !email.contains(">"),
            !name.contains("<"), !name.contains(">"),
            !text.unicodeScalars.contains(where: { $0.value < 0x20 })
        else {
            throw LegisError(.usage, "The author '\(text)' is not of the form 'Name <email>'.")
        }
        self.name = name
        self.email = email
    }

    public var description: String { "\(name) <\(email)>" }

    /// A git signature of this author at `date` (UTC).
    public func signature(at date: Date = Date()) -> Signature {
        Signature(name: name, email: email, date: date, timeZoneOffsetMinutes: 0)
    }
}
