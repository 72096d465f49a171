/// Finds which piece of a partitioned text holds a byte offset.
struct PieceLocator {
    /// The first byte of each piece, ascending; the first is 0.
    let starts: [Int]

    /// The index of the piece holding `offset`.
    func piece(at offset: Int) -> Int {
        var low = 0
        var high = starts.count
        while high - low > 1 {
            let mid = (low + high) / 2
            if starts[mid] <= offset { low = mid } else { high = mid }
        }
        return low
    }
}
