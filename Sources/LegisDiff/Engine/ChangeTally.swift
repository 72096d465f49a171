/// Counts, per piece of each version, the words and other text changed, and keeps the changed
/// words in order for move detection.
///
/// A word is what a reader counts: a run of non-whitespace within the changed text, so `1631d,`
/// is one word, `1.1.2002` and `BGB-Gesellschaft` are one word each, and a comma put in place of
/// a full stop is one word deleted and one inserted. Runs of Markdown markers alone (`#`, `*`,
/// `_`, `` ` ``: a heading level, emphasis) are formatting, not wording: they count no word and
/// do not make their provision changed.
struct ChangeTally {
    /// Changed word tokens of one side, in order, each identified by a hash of its bytes.
    struct WordStream {
        var ids: [Int32] = []
        var ranges = ByteRanges()
        /// The serial number of the change each word belongs to.
        var changes: [Int32] = []
        /// The piece each word lies in.
        var pieces: [Int32] = []

        /// Makes room for `count` more words.
        mutating func reserveCapacity(appending count: Int) {
            ids.reserveCapacity(ids.count + count)
            ranges.reserveCapacity(ranges.count + count)
            changes.reserveCapacity(changes.count + count)
            pieces.reserveCapacity(pieces.count + count)
        }

        /// Appends `other`, numbering its changes after `changeOffset`.
        mutating func append(_ other: WordStream, changeOffset: Int32) {
            ids.append(contentsOf: other.ids)
            ranges.append(contentsOf: other.ranges)
            for change in other.changes { changes.append(change + changeOffset) }
            pieces.append(contentsOf: other.pieces)
        }
    }

    let old: [UInt8]
    let new: [UInt8]
    let oldPieces: PieceLocator
    let newPieces: PieceLocator
    var deletedWords: [Int]
    var insertedWords: [Int]
    /// Whether any word changed, per piece.
    var oldChanged: [Bool]
    var newChanged: [Bool]
    var deleted = WordStream()
    var inserted = WordStream()
    var changeCount: Int32 = 0

    init(old: [UInt8], new: [UInt8], oldPieces: PieceLocator, newPieces: PieceLocator) {
        self.old = old
        self.new = new
        self.oldPieces = oldPieces
        self.newPieces = newPieces
        deletedWords = Array(repeating: 0, count: oldPieces.starts.count)
        oldChanged = Array(repeating: false, count: oldPieces.starts.count)
        insertedWords = Array(repeating: 0, count: newPieces.starts.count)
        newChanged = Array(repeating: false, count: newPieces.starts.count)
    }

    var stats: DiffStats {
        DiffStats(insertedWords: insertedWords.reduce(0, +), deletedWords: deletedWords.reduce(0, +))
    }

    /// Makes room for `deleting` more deleted and `inserting` more inserted words.
    mutating func reserveCapacity(deleting: Int, inserting: Int) {
        deleted.reserveCapacity(appending: deleting)
        inserted.reserveCapacity(appending: inserting)
    }

    /// Adds the counts and words of `other`, which tallied the changes that follow these.
    mutating func append(_ other: ChangeTally) {
        for i in deletedWords.indices { deletedWords[i] += other.deletedWords[i] }
        for i in insertedWords.indices { insertedWords[i] += other.insertedWords[i] }
        for i in oldChanged.indices where other.oldChanged[i] { oldChanged[i] = true }
        for i in newChanged.indices where other.newChanged[i] { newChanged[i] = true }
        deleted.append(other.deleted, changeOffset: changeCount)
        inserted.append(other.inserted, changeOffset: changeCount)
        changeCount += other.changeCount
    }

    /// Records one change: bytes `deleting` of the old text replaced by `inserting` of the new.
    mutating func record(deleting: Range<Int>, inserting: Range<Int>) {
        changeCount += 1
        if !deleting.isEmpty {
            Self.scan(
                deleting, of: old, starts: oldPieces.starts, words: &deletedWords, changed: &oldChanged,
                stream: &deleted, change: changeCount)
        }
        if !inserting.isEmpty {
            Self.scan(
                inserting, of: new, starts: newPieces.starts, words: &insertedWords, changed: &newChanged,
                stream: &inserted, change: changeCount)
        }
    }

    private static func scan(
        _ range: Range<Int>, of bytes: [UInt8], starts: [Int], words: inout [Int], changed: inout [Bool],
        stream: inout WordStream, change: Int32
    ) {
        var piece = PieceLocator(starts: starts).piece(at: range.lowerBound)
        var nextStart = piece + 1 < starts.count ? starts[piece + 1] : Int.max
        TokenKind.byteClass.withUnsafeBufferPointer { classes in
            bytes.withUnsafeBufferPointer { bytes in
                guard let base = bytes.baseAddress else { return }
                // Whether the current run of non-whitespace has been counted.
                var counted = false
                var i = range.lowerBound
                while i < range.upperBound {
                    let byte = bytes[i]
                    let kind = classes[Int(byte)]
                    if kind == .space {
                        counted = false
                        i += 1
                        continue
                    }
                    while i >= nextStart {
                        piece += 1
                        nextStart = piece + 1 < starts.count ? starts[piece + 1] : Int.max
                    }
                    if !counted && !isFormatting(byte) {
                        words[piece] += 1
                        changed[piece] = true
                        counted = true
                    }
                    guard kind == .word else {
                        i += 1
                        continue
                    }
                    let start = i
                    while i < range.upperBound && classes[Int(bytes[i])] == .word { i += 1 }
                    stream.ids.append(Int32(truncatingIfNeeded: ByteHash.mix(0, base + start, i - start, readable: bytes.count - start)))
                    stream.ranges.append(start..<i)
                    stream.pieces.append(Int32(truncatingIfNeeded: piece))
                    stream.changes.append(change)
                }
            }
        }
    }

    /// Whether `byte` is a Markdown marker (`#`, `*`, `_`, `` ` ``), which formats text rather
    /// than words it.
    @inline(__always)
    private static func isFormatting(_ byte: UInt8) -> Bool {
        byte == 0x23 || byte == 0x2A || byte == 0x5F || byte == 0x60
    }
}
