/// Where an amendment stands: tabled until a decision closes it.
public enum AmendmentStatus: String, Sendable, Hashable, Codable, CaseIterable {
    /// Tabled and open for debate.
    case tabled
    /// Withdrawn by its sponsors.
    case withdrawn
    /// Adopted as tabled and folded into the text.
    case adopted
    /// Adopted in a compromise wording and folded into the text.
    case adoptedWithChanges = "adopted-with-changes"
    /// Rejected.
    case rejected
    /// Lapsed (its draft moved on, or the session ended, without a vote).
    case lapsed

    /// Whether the amendment can still be decided.
    public var isOpen: Bool { self == .tabled }

    /// Whether the amendment's text was folded into the document.
    public var isAdoption: Bool { self == .adopted || self == .adoptedWithChanges }

    /// The status in a sentence: `Adopted with changes`.
    public var title: String {
        switch self {
        case .tabled: "Tabled"
        case .withdrawn: "Withdrawn"
        case .adopted: "Adopted"
        case .adoptedWithChanges: "Adopted with changes"
        case .rejected: "Rejected"
        case .lapsed: "Lapsed"
        }
    }
}
