/// An unstable in-place sort: quicksort with a median of three, heapsort past a depth of twice
/// the logarithm of the length (so never worse than n log n), insertion sort for short runs.
///
/// The standard library's `sort` keeps its runs in an array of `Range<Int>`, and the first
/// such array of a process has the Swift runtime look `Int`'s conformance to `Comparable` up
/// among every conformance of the binary, a tenth of a millisecond and a noticeable part of a
/// short `legis diff`. Callers whose order must not depend on the sort's stability compare by a
/// key that tells every two elements apart.
enum InPlaceSort {
    /// Runs this short or shorter are sorted by insertion.
    static let insertionLimit = 16

    static func sort<T>(_ buffer: UnsafeMutableBufferPointer<T>, by less: (T, T) -> Bool) {
        guard buffer.count > 1 else { return }
        let depth = 2 * (Int.bitWidth - buffer.count.leadingZeroBitCount)
        quick(buffer, buffer.startIndex, buffer.endIndex, depth: depth, by: less)
    }

    private static func quick<T>(
        _ a: UnsafeMutableBufferPointer<T>, _ low: Int, _ high: Int, depth: Int, by less: (T, T) -> Bool
    ) {
        var low = low
        var high = high
        var depth = depth
        while high - low > insertionLimit {
            if depth == 0 {
                heap(a, low, high, by: less)
                return
            }
            depth -= 1
            let mid = low + (high - low) / 2
            if less(a[mid], a[low]) { a.swapAt(mid, low) }
            if less(a[high - 1], a[mid]) {
                a.swapAt(high - 1, mid)
                if less(a[mid], a[low]) { a.swapAt(mid, low) }
            }
            let pivot = a[mid]
            // Hoare's partition: [low, split] holds nothing above the pivot, (split, high)
            // nothing below it, and both are shorter than the whole.
            var i = low - 1
            var j = high
            let split: Int
            while true {
                repeat { i += 1 } while less(a[i], pivot)
                repeat { j -= 1 } while less(pivot, a[j])
                if i >= j {
                    split = j
                    break
                }
                a.swapAt(i, j)
            }
            if split + 1 - low < high - split - 1 {
                quick(a, low, split + 1, depth: depth, by: less)
                low = split + 1
            } else {
                quick(a, split + 1, high, depth: depth, by: less)
                high = split + 1
            }
        }
        insertion(a, low, high, by: less)
    }

    private static func insertion<T>(_ a: UnsafeMutableBufferPointer<T>, _ low: Int, _ high: Int, by less: (T, T) -> Bool) {
        guard high - low > 1 else { return }
        for i in (low + 1)..<high {
            let value = a[i]
            var j = i
            while j > low && less(value, a[j - 1]) {
                a[j] = a[j - 1]
                j -= 1
            }
            a[j] = value
        }
    }

    private static func heap<T>(_ a: UnsafeMutableBufferPointer<T>, _ low: Int, _ high: Int, by less: (T, T) -> Bool) {
        let count = high - low
        func siftDown(_ start: Int, _ end: Int) {
            var root = start
            while true {
                var child = 2 * root + 1
                guard child < end else { return }
                if child + 1 < end && less(a[low + child], a[low + child + 1]) { child += 1 }
                guard less(a[low + root], a[low + child]) else { return }
                a.swapAt(low + root, low + child)
                root = child
            }
        }
        for start in stride(from: count / 2 - 1, through: 0, by: -1) { siftDown(start, count) }
        for end in stride(from: count - 1, to: 0, by: -1) {
            a.swapAt(low, low + end)
            siftDown(0, end)
        }
    }
}

extension Array {
    /// Sorts in place with ``InPlaceSort`` (not stable).
    mutating func sortInPlace(by less: (Element, Element) -> Bool) {
        withUnsafeMutableBufferPointer { InPlaceSort.sort($0, by: less) }
    }
}

extension Array where Element: Comparable {
    /// Sorts in place, ascending, with ``InPlaceSort``.
    mutating func sortInPlace() {
        withUnsafeMutableBufferPointer { InPlaceSort.sort($0, by: <) }
    }
}
