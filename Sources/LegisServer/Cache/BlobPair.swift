import LegisGit

/// The texts of two revisions, by blob id: the key of everything computed from a comparison.
struct BlobPair: Hashable, Sendable {
    var old: ObjectID
    var new: ObjectID
}
