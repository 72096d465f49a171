public import Foundation

/// A single-use, expiring invitation to become a member.
///
/// The invitation names the person and their roles; the link carries a random token. Only the
/// SHA-256 of the token is stored (in the repository's git folder, never in its history): the
/// token itself is a secret shown once, to the secretariat that sends it.
public struct Invitation: Sendable, Hashable, Codable {
    public var stakeholder: String
    public var name: String
    public var email: String
    public var roles: [Member.Role]
    /// Who invited (the secretariat member or the command line's git author).
    public var invitedBy: String
    public var created: Date
    public var expires: Date

    /// How long an invitation is valid by default: 7 days.
    public static let defaultLifetime: TimeInterval = 7 * 86_400
}

extension Member.Role: Codable {}
