/// What a stakeholder says of the text they endorse.
public enum Stance: String, Sendable, Hashable, CaseIterable {
    /// The stakeholder supports the text.
    case support
    /// The stakeholder supports the text, with reservations given in the statement.
    case supportWithReservations = "support-with-reservations"
    /// The stakeholder objects to the text.
    case object
}
