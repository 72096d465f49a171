/// Totals of a redline.
public struct DiffStats: Sendable, Hashable {
    /// Words (runs of letters, digits and non-ASCII characters) in inserted segments.
    public var insertedWords: Int
    /// Words in deleted segments.
    public var deletedWords: Int

    public init(insertedWords: Int = 0, deletedWords: Int = 0) {
        self.insertedWords = insertedWords
        self.deletedWords = deletedWords
    }
}
