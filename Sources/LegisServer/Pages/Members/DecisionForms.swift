/// The secretariat's forms on an open amendment's page: adopt (as tabled, or with changes in a
/// compromise wording), or close it as rejected, withdrawn or lapsed, each with a note.
struct DecisionForms: Sendable {
    var csrf: String
    var adoptAction: String
    var decideAction: String
    /// The text as tabled, which the compromise field starts from.
    var compromise: String
}
