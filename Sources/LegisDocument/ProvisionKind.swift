/// The kinds of structural unit a legal text is divided into, from the largest to the smallest.
public enum ProvisionKind: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case book
    case part
    case title
    case chapter
    case section
    case article
    case paragraph
    case point
    case letter

    /// The short prefix used in provision paths: `art` in `art-5/par-2`.
    public var pathPrefix: String {
        switch self {
        case .book: "book"
        case .part: "part"
        case .title: "title"
        case .chapter: "chap"
        case .section: "sec"
        case .article: "art"
        case .paragraph: "par"
        case .point: "pt"
        case .letter: "let"
        }
    }

    /// Depth rank: a unit of a smaller rank can contain units of a larger rank.
    public var rank: Int { Self.allCases.firstIndex(of: self) ?? 0 }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rank < rhs.rank }
}
