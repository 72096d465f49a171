import Testing

@testable import LegisDiff

@Suite("Parallel work")
struct ParallelTests {
    @Test("both runs each closure once and returns the results in order")
    func bothKeepsOrder() {
        let (first, second) = Parallel.both(
            { (0..<10_000).reduce(0, +) }, { String(repeating: "ab", count: 3) })
        #expect(first == 49_995_000)
        #expect(second == "ababab")
    }

    @Test("each runs every index once and returns the results in index order, whatever their cost")
    func eachKeepsOrder() {
        for count in [0, 1, 2, 3, 8, 50] {
            // Uneven work: the early indices cost the most, so the threads take turns unevenly.
            let results = Parallel.each(count) { index in
                (0..<((count - index) * 2_000)).reduce(index) { $0 &+ ($1 & 1) }
            }
            #expect(results == (0..<count).map { index in index + (count - index) * 1_000 })
        }
    }

    @Test("a builder joined from many parts holds the segments of one built in one go")
    func builderJoinedFromPartsIsTheSame() {
        // Random runs of equal, deleted and inserted text, each op's range following the last
        // of its source (old for equal and deleted text, new for inserted), as a session's do.
        var state: UInt64 = 42
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        for _ in 0..<200 {
            var ops: [RawSegment] = []
            var oldAt = 0
            var newAt = 0
            for _ in 0..<(1 + next(40)) {
                let length = next(4)
                switch next(3) {
                case 0:
                    ops.append(RawSegment(op: .equal, range: oldAt..<(oldAt + length)))
                    oldAt += length
                    newAt += length
                case 1:
                    ops.append(RawSegment(op: .delete, range: oldAt..<(oldAt + length)))
                    oldAt += length
                default:
                    ops.append(RawSegment(op: .insert, range: newAt..<(newAt + length)))
                    newAt += length
                }
            }
            func build(_ part: ArraySlice<RawSegment>) -> SegmentBuilder {
                var builder = SegmentBuilder()
                for raw in part {
                    switch raw.op {
                    case .equal: builder.equal(raw.range)
                    case .delete: builder.delete(raw.range)
                    case .insert: builder.insert(raw.range)
                    }
                }
                return builder
            }
            var whole = build(ops[...])
            whole.flush()
            var cuts = (0..<next(6)).map { _ in next(ops.count + 1) }.sorted()
            cuts = [0] + cuts + [ops.count]
            var joined = build(ops[cuts[0]..<cuts[1]])
            for part in 1..<(cuts.count - 1) { joined.append(build(ops[cuts[part]..<cuts[part + 1]])) }
            joined.flush()
            #expect(joined.segments == whole.segments, "cuts \(cuts)")
        }
    }

    @Test("segments rebuild texts holding multi-byte characters at change edges")
    func segmentsKeepCharacters() {
        let old = "Der Käufer zahlt 30 € für § 433 an die Verkäuferin."
        let new = "Die Käuferin zahlt 40 € für § 433a an den Verkäufer."
        let segments = WordDiff.segments(old: old, new: new)
        #expect(segments.oldText == old)
        #expect(segments.newText == new)
        #expect(segments.contains { $0.op == .delete && $0.text.contains("Käufer") })
    }
}
