import LegisTracker

/// The drafter's form: the whole text of a document, the revision it starts from, a message;
/// or, with a title, rationale and co-sponsors, the same text tabled as an amendment.
///
/// With `?provision=PATH` the form holds one provision's text only (with what it contains); saving
/// puts it back into the text of the revision the form started from, with the same
/// compare-and-swap as the whole text.
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
    /// The path of the one provision edited, and its name as lawyers write it; nil for the whole text.
    var provision: String?
    var provisionName: String?
    /// The address of this form, for the whole text and for choosing one provision.
    var editHref: String
    /// The provisions one may edit alone.
    var provisions: [ProvisionChoice]

    /// A provision in the list of those one may edit alone.
    struct ProvisionChoice: Sendable {
        var value: String
        var label: String
        var selected: Bool
    }
}
