/// The kinds of organisation or person that take part in drafting and endorse texts.
public enum StakeholderCategory: String, Sendable, Hashable, Codable, CaseIterable {
    case ngo
    case magistrates
    case police
    case embassy
    case internationalOrganisation = "international-organisation"
    case childProtection = "child-protection"
    case centralAdministration = "central-administration"
    case researcher
    case journalist
    case physician
    case other

    /// A heading for lists of stakeholders.
    public var displayName: String {
        switch self {
        case .ngo: "Non-governmental organisations"
        case .magistrates: "Magistrates"
        case .police: "Police"
        case .embassy: "Embassies"
        case .internationalOrganisation: "International organisations"
        case .childProtection: "Child protection"
        case .centralAdministration: "Central administration"
        case .researcher: "Researchers"
        case .journalist: "Journalists"
        case .physician: "Physicians"
        case .other: "Others"
        }
    }

    /// Parses a category, or explains the allowed values.
    public init(parsing text: String) throws(LegisError) {
        guard let value = Self(rawValue: text) else {
            throw LegisError(
                .usage,
                "Unknown category '\(text)': use one of \(Self.allCases.map(\.rawValue).joined(separator: ", ")).")
        }
        self = value
    }
}
