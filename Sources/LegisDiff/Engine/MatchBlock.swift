/// A run of `count` equal tokens at `a` in the old sequence and `b` in the new one.
struct MatchBlock: Equatable {
    var a: Int
    var b: Int
    var count: Int
}
