/// Median, minimum and maximum of a series of measurements.
struct Summary: Sendable {
    var median: Double
    var min: Double
    var max: Double

    init(_ values: [Double]) {
        let sorted = values.sorted()
        let count = sorted.count
        median = count == 0 ? 0 : count % 2 == 1 ? sorted[count / 2] : (sorted[count / 2 - 1] + sorted[count / 2]) / 2
        min = sorted.first ?? 0
        max = sorted.last ?? 0
    }
}
