import LegisDocument

/// A segment still pointing into the source bytes: equal and deleted text lie in the old
/// source, inserted text in the new one.
struct RawSegment: Equatable {
    var op: Segment.Operation
    var range: Range<Int>
}

/// Collects segments in order, merging neighbours and putting each change's deletion before its
/// insertion.
struct SegmentBuilder {
    private(set) var segments: [RawSegment] = []
    private var pendingDelete: Range<Int>?
    private var pendingInsert: Range<Int>?

    mutating func equal(_ range: Range<Int>) {
        guard !range.isEmpty else { return }
        flush()
        if let last = segments.last, last.op == .equal, last.range.upperBound == range.lowerBound {
            segments[segments.count - 1].range = last.range.lowerBound..<range.upperBound
        } else {
            segments.append(RawSegment(op: .equal, range: range))
        }
    }

    mutating func delete(_ range: Range<Int>) {
        guard !range.isEmpty else { return }
        if let pending = pendingDelete {
            if pending.upperBound == range.lowerBound {
                pendingDelete = pending.lowerBound..<range.upperBound
                return
            }
            flush()
        }
        pendingDelete = range
    }

    mutating func insert(_ range: Range<Int>) {
        guard !range.isEmpty else { return }
        if let pending = pendingInsert {
            if pending.upperBound == range.lowerBound {
                pendingInsert = pending.lowerBound..<range.upperBound
                return
            }
            flush()
        }
        pendingInsert = range
    }

    /// Writes out the pending change.
    mutating func flush() {
        if let range = pendingDelete { segments.append(RawSegment(op: .delete, range: range)) }
        if let range = pendingInsert { segments.append(RawSegment(op: .insert, range: range)) }
        pendingDelete = nil
        pendingInsert = nil
    }

    /// Appends the segments of `other`, collected over the text that follows this builder's
    /// (each range starting where the last of its side ended, as a session's do), as if they
    /// had been added here one by one.
    ///
    /// Merging can only happen up to the first equal segment of `other`; the rest is copied,
    /// and `other`'s pending change stays pending here, so that what is appended next can still
    /// merge with it (a builder joined from many parts ends as one built in one go).
    /// Makes room for `count` more segments.
    mutating func reserveCapacity(appending count: Int) {
        segments.reserveCapacity(segments.count + count)
    }

    mutating func append(_ other: SegmentBuilder) {
        var index = 0
        while index < other.segments.count {
            let raw = other.segments[index]
            index += 1
            switch raw.op {
            case .equal: equal(raw.range)
            case .delete: delete(raw.range)
            case .insert: insert(raw.range)
            }
            if raw.op == .equal { break }
        }
        if index < other.segments.count {
            flush()
            segments.append(contentsOf: other.segments[index...])
        }
        if let range = other.pendingDelete { delete(range) }
        if let range = other.pendingInsert { insert(range) }
    }

    /// The segments as text, cut from the bytes the ranges point into.
    ///
    /// `old` and `new` are valid UTF-8. Every range starts and ends on a character boundary, so
    /// the text is copied without being decoded again (``ByteClass/string(_:_:)`` checks the
    /// boundaries).
    func materialize(old: [UInt8], new: [UInt8]) -> [Segment] {
        old.withUnsafeBufferPointer { old in
            new.withUnsafeBufferPointer { new in
                segments.map { raw in
                    Segment(op: raw.op, text: ByteClass.string(raw.op == .insert ? new : old, raw.range))
                }
            }
        }
    }
}
