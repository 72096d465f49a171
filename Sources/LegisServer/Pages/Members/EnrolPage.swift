import LegisTracker

/// The page an invitation link opens: who is invited, and the button that makes the key.
struct EnrolPage: Sendable {
    var token: String
    var name: String
    var email: String
    var stakeholder: String
    var roles: String
    var expires: String

    init(token: String, invitation: Invitation) {
        self.token = token
        name = invitation.name
        email = invitation.email
        stakeholder = invitation.stakeholder
        roles = invitation.roles.map(\.rawValue).joined(separator: ", ")
        expires = ISO8601.string(invitation.expires)
    }
}
