/// Finds the common token runs of two id sequences: a histogram diff with bounded fallbacks.
///
/// Each region is trimmed of its common prefix and suffix, then split at the longest common run
/// whose rarest token is least frequent in the old side, and both halves are handled the same
/// way. When every shared token occurs more than ``occurrenceCap`` times, the region goes to an
/// exact table diff when it is small, or else to a Myers diff with a cost bound. A work budget
/// shared by one comparison bounds the whole: when it runs out, what remains is reported as
/// deleted and inserted, so no input takes quadratic time.
struct SequenceDiffer {
    /// Tokens occurring more often than this in a region are not used as anchors.
    static let occurrenceCap: Int32 = 64
    /// The largest edit cost the Myers fallback searches for.
    static let myersCostLimit = 1500

    /// The work left: token comparisons and table entries.
    var budget: Int
    /// Per-id occurrence counts of the current region (zero outside it).
    private var counts: [Int32] = []
    /// Per-id last occurrence (the head of its chain) in the current region.
    private var heads: [Int32] = []
    /// The ids whose count is non-zero, to reset cheaply.
    private var touched: [Int32] = []
    /// Per-position link to the next occurrence of the same id in the old sequence.
    private var chain: [Int32] = []
    /// Scratch buffers of the Myers fallback: the furthest point of each diagonal, and those
    /// points for every cost searched.
    var myersFront: [Int32] = []
    var myersTrace: [Int32] = []
    /// Scratch table of the exact diff of small regions.
    var tableCells: [Int32] = []

    init(budget: Int) { self.budget = budget }

    /// The common runs of `a` and `b`, in order; `idCount` bounds the ids.
    mutating func matches(_ a: [Int32], _ b: [Int32], idCount: Int) -> [MatchBlock] {
        if counts.count < idCount {
            counts.append(contentsOf: repeatElement(0, count: idCount - counts.count))
            heads.append(contentsOf: repeatElement(0, count: idCount - heads.count))
        }
        if chain.count < a.count {
            chain.append(contentsOf: repeatElement(0, count: a.count - chain.count))
        }
        var found: [MatchBlock] = []
        a.withUnsafeBufferPointer { a in
            b.withUnsafeBufferPointer { b in
                run(a, b, into: &found)
            }
        }
        found.sortInPlace { $0.a < $1.a }
        return found
    }

    /// A stretch of each sequence still to match (a struct, not a tuple: see ``PiecePair``).
    private struct Region {
        var aLow: Int
        var aHigh: Int
        var bLow: Int
        var bHigh: Int
    }

    private mutating func run(
        _ a: UnsafeBufferPointer<Int32>, _ b: UnsafeBufferPointer<Int32>,
        into found: inout [MatchBlock]
    ) {
        var regions = [Region(aLow: 0, aHigh: a.count, bLow: 0, bHigh: b.count)]
        while let region = regions.popLast() {
            var (aLow, aHigh, bLow, bHigh) = (region.aLow, region.aHigh, region.bLow, region.bHigh)
            var n = 0
            while aLow + n < aHigh && bLow + n < bHigh && a[aLow + n] == b[bLow + n] { n += 1 }
            if n > 0 {
                found.append(MatchBlock(a: aLow, b: bLow, count: n))
                aLow += n
                bLow += n
            }
            n = 0
            while aHigh - n > aLow && bHigh - n > bLow && a[aHigh - 1 - n] == b[bHigh - 1 - n] {
                n += 1
            }
            if n > 0 {
                found.append(MatchBlock(a: aHigh - n, b: bHigh - n, count: n))
                aHigh -= n
                bHigh -= n
            }
            if aLow == aHigh || bLow == bHigh || budget <= 0 { continue }
            switch anchor(a, b, aLow, aHigh, bLow, bHigh) {
            case .found(let block):
                found.append(block)
                regions.append(
                    Region(aLow: block.a + block.count, aHigh: aHigh, bLow: block.b + block.count, bHigh: bHigh))
                regions.append(Region(aLow: aLow, aHigh: block.a, bLow: bLow, bHigh: block.b))
            case .tooFrequent where (aHigh - aLow) * (bHigh - bLow) <= Self.tableCellLimit:
                table(a, b, aLow, aHigh, bLow, bHigh, into: &found)
            case .tooFrequent:
                myers(a, b, aLow, aHigh, bLow, bHigh, into: &found)
            case .nothingShared:
                continue
            }
        }
    }

    private enum Anchor {
        case found(MatchBlock)
        case tooFrequent
        case nothingShared
    }

    /// The longest common run whose rarest token is least frequent in `a[aLow..<aHigh]`.
    private mutating func anchor(
        _ a: UnsafeBufferPointer<Int32>, _ b: UnsafeBufferPointer<Int32>,
        _ aLow: Int, _ aHigh: Int, _ bLow: Int, _ bHigh: Int
    ) -> Anchor {
        budget -= (aHigh - aLow) + (bHigh - bLow)
        let result = counts.withUnsafeMutableBufferPointer { counts in
            heads.withUnsafeMutableBufferPointer { heads in
                chain.withUnsafeMutableBufferPointer { chain in
                    Self.anchor(a, b, aLow, aHigh, bLow, bHigh, counts, heads, chain, &touched)
                }
            }
        }
        budget -= result.work
        for id in touched { counts[Int(id)] = 0 }
        touched.removeAll(keepingCapacity: true)
        return result.anchor
    }

    private static func anchor(
        _ a: UnsafeBufferPointer<Int32>, _ b: UnsafeBufferPointer<Int32>,
        _ aLow: Int, _ aHigh: Int, _ bLow: Int, _ bHigh: Int,
        _ counts: UnsafeMutableBufferPointer<Int32>, _ heads: UnsafeMutableBufferPointer<Int32>,
        _ chain: UnsafeMutableBufferPointer<Int32>, _ touched: inout [Int32]
    ) -> (anchor: Anchor, work: Int) {
        let cap = occurrenceCap
        for i in stride(from: aHigh - 1, through: aLow, by: -1) {
            let id = Int(a[i])
            let c = counts[id]
            if c == 0 {
                touched.append(Int32(id))
                heads[id] = Int32(i)
                chain[i] = -1
                counts[id] = 1
            } else if c < cap {
                chain[i] = heads[id]
                heads[id] = Int32(i)
                counts[id] = c + 1
            } else if c == cap {
                counts[id] = cap + 1
            }
        }
        var work = 0
        var best = MatchBlock(a: 0, b: 0, count: 0)
        var bestCount = cap + 1
        var shared = false
        var bi = bLow
        while bi < bHigh {
            let c = counts[Int(b[bi])]
            if c == 0 {
                bi += 1
                continue
            }
            shared = true
            if c > bestCount || c > cap {
                bi += 1
                continue
            }
            var nextB = bi + 1
            var ai = Int(heads[Int(b[bi])])
            while ai >= 0 {
                var aStart = ai
                var bStart = bi
                var aEnd = ai + 1
                var bEnd = bi + 1
                var rarest = c
                while aStart > aLow && bStart > bLow && a[aStart - 1] == b[bStart - 1] {
                    aStart -= 1
                    bStart -= 1
                    rarest = min(rarest, counts[Int(a[aStart])])
                }
                while aEnd < aHigh && bEnd < bHigh && a[aEnd] == b[bEnd] {
                    rarest = min(rarest, counts[Int(a[aEnd])])
                    aEnd += 1
                    bEnd += 1
                }
                work += aEnd - aStart
                if nextB < bEnd { nextB = bEnd }
                if best.count < aEnd - aStart || rarest < bestCount {
                    best = MatchBlock(a: aStart, b: bStart, count: aEnd - aStart)
                    bestCount = rarest
                }
                ai = Int(chain[ai])
            }
            bi = nextB
        }
        if best.count > 0 { return (.found(best), work) }
        return (shared ? .tooFrequent : .nothingShared, work)
    }
}
