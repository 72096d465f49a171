/// Byte ranges by index, kept as two arrays of offsets.
///
/// Not an array of `Range<Int>`: making its storage has the Swift runtime check `Int`'s
/// conformance to `Comparable` among every conformance of the binary on first use, a
/// noticeable part of a short `legis diff`.
struct ByteRanges: Sendable {
    let lowerBounds: [Int]
    let upperBounds: [Int]

    init(_ lowerBounds: [Int], _ upperBounds: [Int]) {
        self.lowerBounds = lowerBounds
        self.upperBounds = upperBounds
    }

    var count: Int { lowerBounds.count }

    subscript(index: Int) -> Range<Int> { lowerBounds[index]..<upperBounds[index] }
}
