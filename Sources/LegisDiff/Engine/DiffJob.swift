/// One step of a comparison: text both versions share, or two stretches to diff.
enum DiffJob: Sendable {
    case equal(Range<Int>)
    case diff(Range<Int>, Range<Int>)

    var isEqual: Bool {
        if case .equal = self { true } else { false }
    }

    /// The bytes a diff has to look at.
    var size: Int {
        switch self {
        case .equal: 0
        case .diff(let old, let new): old.count + new.count
        }
    }
}
