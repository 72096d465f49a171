import LegisGit
import LegisTracker

/// How `endorsements` and `verify` print endorsements.
enum EndorsementListing {
    /// One line per endorsement: status, stakeholder, stance, version, reason, ref (tab-separated).
    /// What an invalid endorsement claims is shown as an unverified claim.
    static func printReports(_ reports: [EndorsementReport]) {
        for report in reports {
            let commit = report.commit.map(\.short) ?? "-"
            let stance = report.stance.map { report.claimsAreVerified ? $0 : "claims \($0) (unverified)" } ?? "-"
            let version = "\(report.document)@\(commit)"
            Console.line("\(report.status.rawValue.uppercased())\t\(report.stakeholder)\t\(stance)\t\(version)\t\(report.reason)\t\(report.ref)")
        }
    }

    /// Each stakeholder's current position, and who does not endorse the latest wording yet.
    static func printPositions(_ positions: EndorsementPositions) {
        if positions.current.isEmpty {
            Console.line("Current positions: none (no valid endorsement that is not revoked).")
        } else {
            Console.line("Current positions (each stakeholder's latest endorsement that is not revoked):")
            for report in positions.current {
                let commit = report.commit.map(\.short) ?? "-"
                let drafts = report.drafts.isEmpty ? "" : " (\(report.drafts.joined(separator: ", ")))"
                let day = report.date.map { " signed " + String(ISO8601.string($0).prefix(10)) } ?? ""
                Console.line("  \(report.stakeholder)\t\(report.stance ?? "-")\t\(commit)\(drafts)\t\(report.status.rawValue)\(day)")
            }
        }
        if !positions.notEndorsingLatest.isEmpty {
            Console.line("Not yet endorsing the latest revision: \(positions.notEndorsingLatest.joined(separator: ", "))")
        }
    }
}
