/// What `verify-evidence` found: each check passed, in order.
///
/// A failed check is an error, not a report.
public struct EvidenceReport: Sendable, Hashable {
    /// The document and revision the package is about.
    public var document: String
    public var commit: String
    /// One line per check passed.
    public var checks: [String]
}
