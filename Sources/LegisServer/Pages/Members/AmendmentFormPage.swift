import LegisTracker

/// The form that tables an amendment (`/documents/{id}/amendments/new`).
///
/// It holds the whole text as proposed, a title, a rationale and the co-sponsors, on top of the
/// revision the member started from. After a refusal the same page shows the problem and keeps
/// what was written.
struct AmendmentFormPage: Sendable {
    var member: MemberBar
    var title: String
    var nav: DocumentNav
    var action: String
    var base: String
    var baseShort: String
    var text: String
    var tabling: TablingFields
    var problem: String?
}
