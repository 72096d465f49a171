import LegisTracker

/// Who is signed in, shown on members' pages with the sign-out form.
struct MemberBar: Sendable {
    var name: String
    var email: String
    var stakeholder: String
    var roles: String
    var csrf: String

    init(_ signed: SignedIn) {
        name = signed.member.name
        email = signed.member.email
        stakeholder = signed.member.stakeholder
        roles = signed.member.roles.map(\.rawValue).joined(separator: ", ")
        csrf = signed.session.csrf
    }
}
