/// What went wrong while benchmarking, said so that the user can fix it.
struct BenchError: Error, CustomStringConvertible, Sendable {
    let description: String

    init(_ description: String) { self.description = description }
}
