/// Text that left one place for another: where it was deleted, where it was inserted, and the
/// change that reports the move.
struct MovedText: Sendable, Hashable {
    /// Byte range in the old source (deleted there).
    var old: Range<Int>
    /// Byte range in the new source (inserted there).
    var new: Range<Int>
    /// The index of the `moved` change in the list of provision changes.
    var change: Int
}
