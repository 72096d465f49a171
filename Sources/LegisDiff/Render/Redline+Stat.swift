extension Redline {
    /// One line per changed provision, `kind  path  +inserted -deleted`, and a total.
    func statText() -> String {
        let kindWidth = provisions.map(\.kind.rawValue.count).max() ?? 0
        let profile = profile
        let pathWidth = provisions.map { $0.displayName(profile).count }.max() ?? 0
        var lines: [String] = []
        for change in provisions {
            let kind = change.kind.rawValue.padding(kindWidth)
            let path = change.displayName(profile).padding(pathWidth)
            lines.append("\(kind)  \(path)  +\(change.insertedWords) -\(change.deletedWords)")
        }
        lines.append(
            "\(provisions.count.counting("provision change")), \(stats.insertedWords.counting("word")) inserted, \(stats.deletedWords.counting("word")) deleted"
        )
        return lines.joined(separator: "\n")
    }
}

extension String {
    /// The text padded with spaces to `width` characters.
    func padding(_ width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}

extension Int {
    /// `1 word`, `2 words`: the count with the noun in the right number.
    func counting(_ noun: String) -> String { self == 1 ? "1 \(noun)" : "\(self) \(noun)s" }
}
