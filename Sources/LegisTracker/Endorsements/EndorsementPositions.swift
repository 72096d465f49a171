import Foundation

/// Where each stakeholder stands on one document, from its endorsements as verified.
///
/// A stakeholder's current position is its latest endorsement that still counts: valid (current
/// or stale) and not revoked. An invalid endorsement is no position at all (what it claims is not
/// verified); a revoked one was withdrawn. The history keeps every endorsement.
public struct EndorsementPositions: Sendable {
    /// One endorsement per stakeholder, sorted by stakeholder id.
    public var current: [EndorsementReport]
    /// The registered stakeholders without a current endorsement of the latest wording (no
    /// position, or a stale one), sorted by id.
    public var notEndorsingLatest: [String]

    /// Works out the positions from `reports` (of one document) and the registered stakeholder ids.
    public init(reports: [EndorsementReport], registered: [String]) {
        var latest: [String: EndorsementReport] = [:]
        for report in reports where report.status == .current || report.status == .stale {
            if let held = latest[report.stakeholder], !Self.isLater(report, than: held) { continue }
            latest[report.stakeholder] = report
        }
        current = latest.values.sorted { $0.stakeholder < $1.stakeholder }
        notEndorsingLatest = registered.filter { latest[$0]?.status != .current }.sorted()
    }

    /// Whether `report` was signed after `other` (by date, then by its number in the ref).
    static func isLater(_ report: EndorsementReport, than other: EndorsementReport) -> Bool {
        let a = (report.date?.timeIntervalSince1970 ?? 0, EndorsementRef(name: report.ref)?.number ?? 0)
        let b = (other.date?.timeIntervalSince1970 ?? 0, EndorsementRef(name: other.ref)?.number ?? 0)
        return a > b
    }
}

extension EndorsementReport {
    /// Whether the stance, statement, scope and version shown for this endorsement are verified
    /// facts; for an invalid endorsement they are only what its tag claims.
    public var claimsAreVerified: Bool { status != .invalid }
}
