import Foundation
import LegisSignature

extension EndorsementVerifier {
    /// Why `key` may not sign for `stakeholderID` at `date`, or nil when it may.
    ///
    /// The key is judged by the trusted registry as it stood at `date` (it must have been
    /// registered by then), and by the trusted registry at the tip for what happened since: a key
    /// revoked as compromised invalidates everything it signed, a retired key everything dated from
    /// its retirement day on.
    func judgeKey(_ key: SSHPublicKey, of stakeholderID: String, at date: Date) -> String? {
        if let untrusted = history.untrusted { return "the stakeholder registry cannot be trusted: \(untrusted)" }
        let identity = Workspace.identity(of: key)
        let latest = history.tipRegistry
        if let problem = latest.problems[stakeholderID] { return "the stakeholder file cannot be read: \(problem)" }
        let latestKey = latest[stakeholderID]?.keys.first { $0.identity == identity }
        if let latestKey {
            if latestKey.revoked {
                let on = latestKey.revokedOn.map { " on \(Stakeholder.dayString($0))" } ?? ""
                return
                    "the signing key \(key.fingerprint) was revoked\(on) (\(latestKey.revokedReason ?? "compromised")): nothing it signed counts"
            }
            if latestKey.isRetired(at: date), let from = latestKey.retiredFrom {
                return
                    "the signing key \(key.fingerprint) was retired from \(Stakeholder.dayString(from)); this endorsement is dated \(Stakeholder.dayString(date))"
            }
        }
        guard let then = history.registry(at: date, skew: Self.clockSkew) else {
            return latest[stakeholderID] == nil
                ? "unknown stakeholder '\(stakeholderID)'"
                : "dated \(ISO8601.string(date)), before the stakeholder registry's trust root: backdated"
        }
        if let problem = then.problems[stakeholderID] { return "the stakeholder file cannot be read: \(problem)" }
        guard let stakeholder = then[stakeholderID] else {
            if latest[stakeholderID] != nil {
                return "dated \(ISO8601.string(date)), before '\(stakeholderID)' was registered: backdated"
            }
            return "unknown stakeholder '\(stakeholderID)'"
        }
        guard let registered = stakeholder.keys.first(where: { $0.identity == identity }) else {
            if latestKey != nil {
                return
                    "dated \(ISO8601.string(date)), before the key \(key.fingerprint) was registered for \(stakeholderID): backdated"
            }
            return "the signing key \(key.fingerprint) is not registered for \(stakeholderID)"
        }
        if registered.revoked {
            return "the signing key \(key.fingerprint) is revoked (\(registered.revokedReason ?? "compromised"))"
        }
        if registered.isRetired(at: date), let from = registered.retiredFrom {
            return "the signing key \(key.fingerprint) was retired from \(Stakeholder.dayString(from))"
        }
        for window in [registered, latestKey].compactMap({ $0 }) where !window.isValid(at: date) {
            let from = window.validFrom.map { "from \(Stakeholder.dayString($0))" }
            let until = window.validUntil.map { "until \(Stakeholder.dayString($0))" }
            return
                "the signing key is not valid on the signing date \(Stakeholder.dayString(date)) (valid \([from, until].compactMap { $0 }.joined(separator: " ")))"
        }
        return nil
    }
}
