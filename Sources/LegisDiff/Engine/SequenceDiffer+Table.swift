extension SequenceDiffer {
    /// Regions with at most this many cells (old tokens × new tokens) are diffed exactly, with
    /// a table, instead of by the Myers search, whose cost grows with the square of the edit
    /// cost (500 tokens against 2 cost 250,000 steps there, 1,000 here).
    static let tableCellLimit = 1 << 16

    /// The longest common subsequence of one small region, found with a table of the common
    /// lengths of every pair of suffixes; its runs are appended to `found`.
    mutating func table(
        _ a: UnsafeBufferPointer<Int32>, _ b: UnsafeBufferPointer<Int32>,
        _ aLow: Int, _ aHigh: Int, _ bLow: Int, _ bHigh: Int,
        into found: inout [MatchBlock]
    ) {
        let n = aHigh - aLow
        let m = bHigh - bLow
        let width = m + 1
        budget -= n * m
        if tableCells.count < (n + 1) * width {
            tableCells.append(contentsOf: repeatElement(0, count: (n + 1) * width - tableCells.count))
        }
        tableCells.withUnsafeMutableBufferPointer { cells in
            // cells[i * width + j]: the length of the longest common subsequence of
            // a[aLow + i ..< aHigh] and b[bLow + j ..< bHigh].
            for j in 0...m { cells[n * width + j] = 0 }
            for i in stride(from: n - 1, through: 0, by: -1) {
                let row = i * width
                let below = row + width
                cells[row + m] = 0
                let token = a[aLow + i]
                for j in stride(from: m - 1, through: 0, by: -1) {
                    if token == b[bLow + j] {
                        cells[row + j] = cells[below + j + 1] + 1
                    } else {
                        cells[row + j] = max(cells[below + j], cells[row + j + 1])
                    }
                }
            }
            var i = 0
            var j = 0
            var run: MatchBlock?
            while i < n && j < m {
                if a[aLow + i] == b[bLow + j] && cells[i * width + j] == cells[(i + 1) * width + j + 1] + 1 {
                    if let current = run, current.a + current.count == aLow + i, current.b + current.count == bLow + j {
                        run = MatchBlock(a: current.a, b: current.b, count: current.count + 1)
                    } else {
                        if let current = run { found.append(current) }
                        run = MatchBlock(a: aLow + i, b: bLow + j, count: 1)
                    }
                    i += 1
                    j += 1
                } else if cells[(i + 1) * width + j] >= cells[i * width + j + 1] {
                    i += 1
                } else {
                    j += 1
                }
            }
            if let current = run { found.append(current) }
        }
    }
}
