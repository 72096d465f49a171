import LegisSignature
import LegisTracker

/// A partner's endorsement form: stance, the provisions it covers (optional), a statement.
struct EndorseFormPage: Sendable {
    struct Choice: Sendable {
        var value: String
        var label: String
        var checked: Bool
    }

    var member: MemberBar
    var title: String
    var nav: DocumentNav
    var action: String
    var stakeholder: String
    var revision: String
    var revisionShort: String
    var stances: [Choice]
    var provisions: [Choice]
    var problem: String?
}

/// The page that shows the exact tag a partner is about to sign; the browser signs it.
struct EndorseSignPage: Sendable {
    var member: MemberBar
    var title: String
    var nav: DocumentNav
    var action: String
    var pending: String
    var payloadText: String
    var payloadBase64: String
}
