public import Foundation

/// A person who belongs to a registered stakeholder and acts in the web interface.
///
/// A member is known by e-mail (the author of the commits they make), holds one or more roles
/// and the public keys their browser made at enrolment. Members live in the repository, one
/// file per member under `members/`, next to the stakeholder registry.
public struct Member: Sendable, Hashable {
    /// What a member may do.
    public enum Role: String, Sendable, Hashable, CaseIterable, Comparable {
        /// Registers members, invites them, names drafts.
        case secretariat
        /// Edits documents.
        case drafter
        /// Reads and comments (tables amendments once they exist).
        case reviewer
        /// Endorses texts for its stakeholder.
        case partner

        public static func < (lhs: Role, rhs: Role) -> Bool {
            allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
        }

        /// Reads a role name, with an error that lists the roles.
        public init(parsing text: String) throws(LegisError) {
            guard let role = Role(rawValue: text.trimmingCharacters(in: .whitespaces).lowercased()) else {
                throw LegisError(
                    .usage, "'\(text)' is not a role: use secretariat, drafter, reviewer or partner.")
            }
            self = role
        }
    }

    /// The e-mail address: the member's identity and commit author e-mail.
    public var email: String
    /// The name shown and used as commit author.
    public var name: String
    /// The stakeholder the member belongs to.
    public var stakeholder: String
    /// The roles, sorted, without repetition.
    public var roles: [Role]
    /// The public keys made by the member's browsers, with their validity.
    public var keys: [Stakeholder.Key]

    public init(email: String, name: String, stakeholder: String, roles: [Role], keys: [Stakeholder.Key] = []) {
        self.email = email
        self.name = name
        self.stakeholder = stakeholder
        self.roles = Array(Set(roles)).sorted()
        self.keys = keys
    }

    /// Whether the member holds `role`.
    public func has(_ role: Role) -> Bool { roles.contains(role) }

    /// The member as a commit author.
    public var author: Author { Author(name: name, email: email) }

    /// The registered key with this identity (`ssh-ed25519 BASE64`) that may be used at `date`.
    public func usableKey(identity: String, at date: Date) -> Stakeholder.Key? {
        keys.first { $0.identity == identity && !$0.revoked && $0.isValid(at: date) }
    }

    /// The folder of member files.
    public static let folder = "members"

    /// Checks an e-mail address: one `@`, no spaces, angle brackets, slashes or control characters,
    /// at most 254 bytes.
    public static func validate(email: String) throws(LegisError) {
        let parts = email.split(separator: "@", omittingEmptySubsequences: false)
        let ok =
            parts.count == 2 && !parts[0].isEmpty && !parts[1].isEmpty && email.utf8.count <= 254
            && !email.hasPrefix(".")
            && email.unicodeScalars.allSatisfy { scalar in
                scalar.value > 0x20 && scalar.value != 0x7F && !"<>/\\\"'`,;:".unicodeScalars.contains(scalar)
            }
        guard ok else {
            throw LegisError(.usage, "'\(email)' is not an e-mail address this registry accepts: use name@example.org.")
        }
    }

    /// The repository path of a member's file.
    public static func path(email: String) -> String { "\(folder)/\(email.lowercased()).yml" }
}
