/// One step of a comparison: text both versions share, two stretches to diff word by word, or
/// two stretches that share nothing (text of provisions only one version has, or that moved).
enum DiffJob: Sendable {
    case equal(Range<Int>)
    case diff(Range<Int>, Range<Int>)
    case replace(Range<Int>, Range<Int>)

    var isEqual: Bool {
        if case .equal = self { true } else { false }
    }

    /// The bytes a diff has to look at (a replacement only counts its words: an eighth).
    var size: Int {
        switch self {
        case .equal: 0
        case .diff(let old, let new): old.count + new.count
        case .replace(let old, let new): (old.count + new.count) / 8
        }
    }

    /// Whether the step has any bytes.
    var isEmpty: Bool {
        switch self {
        case .equal(let range): range.isEmpty
        case .diff(let old, let new), .replace(let old, let new): old.isEmpty && new.isEmpty
        }
    }
}
