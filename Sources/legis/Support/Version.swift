extension Legis {
    /// The version `legis --version` prints.
    static let version = "0.9.0"
}
