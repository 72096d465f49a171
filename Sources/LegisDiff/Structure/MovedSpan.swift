/// A run of words deleted in one place and inserted in another.
struct MovedSpan {
    /// Byte range of the span in the old source.
    var old: Range<Int>
    /// Byte range of the span in the new source.
    var new: Range<Int>
    /// Its number of words.
    var words: Int
}
