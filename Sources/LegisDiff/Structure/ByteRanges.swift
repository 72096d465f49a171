/// Byte ranges by index, kept as two arrays of offsets.
///
/// Not an array of `Range<Int>`: making its storage has the Swift runtime check `Int`'s
/// conformance to `Comparable` among every conformance of the binary on first use, a
/// noticeable part of a short `legis diff`.
struct ByteRanges: Sendable {
    private(set) var lowerBounds: [Int]
    private(set) var upperBounds: [Int]

    init(_ lowerBounds: [Int] = [], _ upperBounds: [Int] = []) {
        self.lowerBounds = lowerBounds
        self.upperBounds = upperBounds
    }

    var count: Int { lowerBounds.count }

    var isEmpty: Bool { lowerBounds.isEmpty }

    subscript(index: Int) -> Range<Int> { lowerBounds[index]..<upperBounds[index] }

    mutating func append(_ range: Range<Int>) {
        lowerBounds.append(range.lowerBound)
        upperBounds.append(range.upperBound)
    }

    mutating func reserveCapacity(_ capacity: Int) {
        lowerBounds.reserveCapacity(capacity)
        upperBounds.reserveCapacity(capacity)
    }

    mutating func append(contentsOf other: ByteRanges) {
        lowerBounds.append(contentsOf: other.lowerBounds)
        upperBounds.append(contentsOf: other.upperBounds)
    }
}
