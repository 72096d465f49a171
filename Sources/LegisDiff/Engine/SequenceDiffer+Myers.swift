extension SequenceDiffer {
    /// A greedy Myers diff of one region that gives up (leaving the region deleted and inserted)
    /// once the edit cost passes ``myersCostLimit`` or the budget runs out.
    mutating func myers(
        _ a: UnsafeBufferPointer<Int32>, _ b: UnsafeBufferPointer<Int32>,
        _ aLow: Int, _ aHigh: Int, _ bLow: Int, _ bHigh: Int,
        into found: inout [MatchBlock]
    ) {
        let n = aHigh - aLow
        let m = bHigh - bLow
        let maxCost = min(n + m, Self.myersCostLimit)
        // The cost is at least the difference in length: give up at once when that is too much.
        guard abs(n - m) <= maxCost else { return }
        let offset = maxCost + 1
        // The two buffers are kept by the differ, so that regions after the first reuse them.
        var front = myersFront
        var trace = myersTrace
        myersFront = []
        myersTrace = []
        defer {
            trace.removeAll(keepingCapacity: true)
            myersFront = front
            myersTrace = trace
        }
        front.removeAll(keepingCapacity: true)
        front.append(contentsOf: repeatElement(0, count: 2 * maxCost + 3))
        var work = 0
        var reached: (cost: Int, x: Int, y: Int)?
        search: for d in 0...maxCost {
            for k in stride(from: -d, through: d, by: 2) {
                var x: Int
                if k == -d || (k != d && front[offset + k - 1] < front[offset + k + 1]) {
                    x = Int(front[offset + k + 1])
                } else {
                    x = Int(front[offset + k - 1]) + 1
                }
                var y = x - k
                let snakeStart = x
                while x < n && y < m && a[aLow + x] == b[bLow + y] {
                    x += 1
                    y += 1
                }
                work += x - snakeStart + 1
                front[offset + k] = Int32(x)
                if x >= n && y >= m {
                    for kk in stride(from: -d, through: d, by: 2) { trace.append(front[offset + kk]) }
                    reached = (d, x, y)
                    break search
                }
            }
            for kk in stride(from: -d, through: d, by: 2) { trace.append(front[offset + kk]) }
            if work > budget { break }
        }
        budget -= work
        guard let end = reached else { return }
        // trace holds, for each cost d, the d + 1 furthest points of diagonals -d, -d+2, ... d.
        func point(_ d: Int, _ k: Int) -> Int { Int(trace[d * (d + 1) / 2 + (k + d) / 2]) }
        var x = end.x
        var y = end.y
        var blocks: [MatchBlock] = []
        for d in stride(from: end.cost, to: 0, by: -1) {
            let k = x - y
            let previousK: Int
            if k == -d || (k != d && point(d - 1, k - 1) < point(d - 1, k + 1)) {
                previousK = k + 1
            } else {
                previousK = k - 1
            }
            let previousX = point(d - 1, previousK)
            let previousY = previousX - previousK
            let snakeX = previousK == k + 1 ? previousX : previousX + 1
            let snakeY = snakeX - k
            if x > snakeX { blocks.append(MatchBlock(a: aLow + snakeX, b: bLow + snakeY, count: x - snakeX)) }
            x = previousX
            y = previousY
        }
        if x > 0 { blocks.append(MatchBlock(a: aLow, b: bLow, count: x)) }
        found.append(contentsOf: blocks)
    }
}
