import LegisTracker

/// The drafter's form: the whole text of a document, the revision it starts from, a message;
/// or, with a title, rationale and co-sponsors, the same text tabled as an amendment.
///
/// After a conflict the same page shows the redline from the writer's text to the text saved
/// first, keeps the writer's text in the form and starts from the new revision.
struct EditPage: Sendable {
    var member: MemberBar
    var title: String
    var nav: DocumentNav
    var action: String
    var base: String
    var baseShort: String
    var text: String
    var message: String
    /// The inline redline (escaped HTML) from the writer's text to the one saved first.
    var conflictHTML: String?
    var conflictAuthor: String?
    var problem: String?
    /// The fields that table the text as an amendment instead of saving it.
    var tabling: TablingFields
}
