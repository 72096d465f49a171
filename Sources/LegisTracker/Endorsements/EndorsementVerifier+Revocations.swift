import Foundation
import LegisGit
import LegisSignature

/// A revocation tag read from the repository.
struct Revocation {
    var object: ObjectID
    var statement: RevocationStatement
    var signature: SSHSignature
}

extension EndorsementVerifier {
    /// Reads every revocation tag under `refs/endorsements/`, by the endorsement tag it revokes.
    mutating func collectRevocations(_ refs: [Reference]) {
        for ref in refs {
            if let revocation = revocation(at: ref.target) {
                revocations[target(of: revocation), default: []].append(revocation)
            }
        }
    }

    /// Whether `object` is a revocation tag (so its ref is not reported as an endorsement).
    func isRevocationTag(_ object: ObjectID) -> Bool { revocation(at: object) != nil }

    private func target(of revocation: Revocation) -> ObjectID {
        ObjectID(hex: revocation.statement.endorsementObject) ?? revocation.object
    }

    /// The revocation tag `object`, when it is one: signed, in the revocation form, and pointing
    /// at the endorsement tag its statement names.
    func revocation(at object: ObjectID) -> Revocation? {
        guard let read = try? workspace.repository.readObject(object), read.type == .tag,
            let parsed = try? TagObject.parse(bytes: read.bytes), parsed.tag.type == .tag,
            let statement = try? RevocationStatement.parse(parsed.tag.message),
            parsed.tag.object == statement.endorsementObject,
            let signature = parsed.signature, signature.verify(message: parsed.payload, namespace: "git")
        else { return nil }
        return Revocation(object: object, statement: statement, signature: signature)
    }

    /// Marks `report` revoked when a valid revocation of its object exists, and invalid when the
    /// ledger records a revocation that cannot be found or does not verify.
    func applyRevocations(to report: inout EndorsementReport, object: ObjectID) {
        var ignored: [String] = []
        for revocation in revocations[object] ?? [] {
            if let problem = problem(with: revocation, report: report) {
                ignored.append(problem)
                continue
            }
            let statement = revocation.statement
            report.status = .revoked
            report.reason =
                "revoked by \(report.stakeholder) on \(Stakeholder.dayString(statement.date))"
                + (statement.reason.isEmpty ? "" : ": \(statement.reason)")
            return
        }
        for entry in ledger[object] ?? [] {
            report.status = .invalid
            report.reason =
                "the revocation \(entry.revocation.short) recorded in commit \(entry.commit.short) is missing or does not verify: its ref was deleted or not fetched"
            return
        }
        if let first = ignored.first { report.reason += " (a revocation exists but does not count: \(first))" }
    }

    private func problem(with revocation: Revocation, report: EndorsementReport) -> String? {
        let statement = revocation.statement
        guard statement.stakeholder == report.stakeholder else {
            return "it is signed as \(statement.stakeholder), not \(report.stakeholder)"
        }
        if statement.date > now.addingTimeInterval(Self.clockSkew) { return "it is dated in the future" }
        if let date = report.date, statement.date < date.addingTimeInterval(-Self.clockSkew) {
            return "it is dated before the endorsement"
        }
        return judgeKey(revocation.signature.publicKey, of: report.stakeholder, at: statement.date)
    }
}
