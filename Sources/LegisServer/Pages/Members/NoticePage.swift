/// A short page after an action: what happened and where to go next.
struct NoticePage: Sendable {
    var heading: String
    var message: String
    var linkText: String
    var linkHref: String
    /// A value to copy (an invitation link).
    var value: String?
    var member: MemberBar?
}
