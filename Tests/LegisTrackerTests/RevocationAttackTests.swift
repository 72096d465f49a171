import Foundation
import LegisGit
import LegisTestSupport
import Testing

@testable import LegisTracker

/// Attacks on revocations, with plain git: a revoked endorsement never comes back as current.
@Suite("Attacks: revocations")
struct RevocationAttackTests {
    @Test func aRevokedTagCopiedToANewRefNumberNeverVerifies() throws {
        let f = try TrustFixture()
        let ref = try f.endorse()
        try f.workspace.revokeEndorsement(ref.name, signer: try f.signer(f.aliceKey), reason: "Withdrawn.")
        let copy = "refs/endorsements/recruitment/alice/2"
        try f.git(["update-ref", copy, try f.git(["rev-parse", ref.name])])

        #expect(try f.report(ref.name).status == .revoked)
        let copied = try f.report(copy)
        #expect(copied.status == .invalid)
        #expect(copied.reason.contains("copied"))
    }

    @Test func aRevocationCountsWhateverRefItIsMovedTo() throws {
        let f = try TrustFixture()
        let ref = try f.endorse()
        let revocation = try f.workspace.revokeEndorsement(ref.name, signer: try f.signer(f.aliceKey))
        let object = try f.git(["rev-parse", revocation.name])
        try f.git(["update-ref", "-d", revocation.name])
        try f.git(["update-ref", "refs/endorsements/other-bill/alice/7-revocation", object])

        let report = try f.report(ref.name)
        #expect(report.status == .revoked)
        #expect(try f.workspace.endorsements().count == 1, "the moved revocation is not reported as an endorsement")
    }

    @Test func deletingTheRevocationRefDoesNotReviveTheEndorsement() throws {
        let f = try TrustFixture()
        let ref = try f.endorse()
        let revocation = try f.workspace.revokeEndorsement(ref.name, signer: try f.signer(f.aliceKey))
        try f.git(["update-ref", "-d", revocation.name])
        try f.git(["reflog", "expire", "--expire=now", "--all"])
        try f.git(["gc", "-q", "--prune=now"])

        let report = try f.report(ref.name)
        #expect(report.status == .invalid)
        #expect(report.reason.contains("revocation"))

        // Removing the ledger line with a commit does not help either: every version counts.
        try f.git(["rm", "-q", RevocationLedger.path])
        try f.git(["commit", "-q", "-m", "Tidy up"])
        #expect(try f.report(ref.name).status == .invalid)
    }

    @Test func aRevocationByAnotherStakeholderOrAnUnregisteredKeyDoesNotCount() throws {
        let f = try TrustFixture()
        let ref = try f.endorse()
        // Mallory signs a revocation of alice's endorsement with her own key.
        #expect(throws: LegisError.self) {
            try f.workspace.revokeEndorsement(ref.name, signer: try f.signer(f.malloryKey))
        }
        #expect(try f.report(ref.name).status == .current)
    }
}
