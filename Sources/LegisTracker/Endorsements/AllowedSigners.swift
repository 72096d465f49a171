import Foundation

extension Workspace {
    /// git's allowed_signers file for the registry: one line per key that is not revoked, with
    /// `namespaces="git"` and the validity dates (a retired key ends the day before it was retired).
    public func allowedSigners() throws(LegisError) -> String {
        var lines: [String] = []
        for stakeholder in try stakeholders() {
            for key in stakeholder.keys where !key.revoked {
                var options = ["namespaces=\"git\""]
                if let from = key.validFrom { options.append("valid-after=\"\(Self.compactDay(from))\"") }
                let ends = [key.validUntil?.addingTimeInterval(86_400), key.retiredFrom].compactMap { $0 }
                if let end = ends.min() {
                    options.append("valid-before=\"\(Self.compactDay(end))\"")
                }
                lines.append("\(stakeholder.id) \(options.joined(separator: ",")) \(key.identity)")
            }
        }
        return lines.map { $0 + "\n" }.joined()
    }

    private static func compactDay(_ date: Date) -> String {
        Stakeholder.dayString(date).replacingOccurrences(of: "-", with: "")
    }
}
