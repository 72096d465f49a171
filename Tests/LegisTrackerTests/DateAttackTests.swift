import Foundation
import LegisGit
import LegisTestSupport
import Testing

@testable import LegisTracker

/// Attacks on dates: an endorsement dated outside what its text and key allow is invalid.
@Suite("Attacks: dates")
struct DateAttackTests {
    @Test func anEndorsementDatedBeforeTheEndorsedCommitIsInvalid() throws {
        let f = try TrustFixture()
        let commit = try f.workspace.repository.commit(try f.workspace.revision(of: f.id).commit)
        let ref = "refs/endorsements/recruitment/alice/1"
        try f.forgeEndorsement(ref: ref, key: f.aliceKey, date: commit.committer.date.addingTimeInterval(-86_400))
        let report = try f.report(ref)
        #expect(report.status == .invalid)
        #expect(report.reason.contains("backdated") || report.reason.contains("before"))
    }

    @Test func aTaggerDateOtherThanTheSignedDateIsInvalid() throws {
        let f = try TrustFixture()
        let ref = "refs/endorsements/recruitment/alice/1"
        let object = try f.forgeEndorsement(ref: ref, key: f.aliceKey, date: Date())
        #expect(try f.report(ref).status == .current)
        // Re-signed by alice with the same statement but another tagger date, as git verify-tag
        // would judge the key's validity by the tagger date.
        let text = try f.git(["cat-file", "tag", object])
        let headersEnd = try #require(text.range(of: "\n\n"))
        let message = String(text[headersEnd.upperBound...])
        let armor = try #require(message.range(of: "-----BEGIN SSH SIGNATURE-----"))
        let body = String(message[..<armor.lowerBound])
        let file = try f.keys.write("statement", body)
        let moved = "@\(Int(Date().addingTimeInterval(-3_600).timeIntervalSince1970)) +0000"
        try f.git(
            signingWith: f.aliceKey,
            ["tag", "-s", "--cleanup=verbatim", "-F", file, "endorsements/recruitment/alice/2",
             try f.workspace.revision(of: f.id).commit.hex], environment: ["GIT_COMMITTER_DATE": moved])
        try f.git(["update-ref", "refs/endorsements/recruitment/alice/2", try f.git(["rev-parse", "refs/tags/endorsements/recruitment/alice/2"])])
        let report = try f.report("refs/endorsements/recruitment/alice/2")
        #expect(report.status == .invalid)
        #expect(report.reason.contains("tagger date"))
    }

    @Test func anEndorsementDatedInTheFutureIsInvalid() throws {
        let f = try TrustFixture()
        let ref = "refs/endorsements/recruitment/alice/1"
        try f.forgeEndorsement(ref: ref, key: f.aliceKey, date: Date().addingTimeInterval(3 * 86_400))
        let report = try f.report(ref)
        #expect(report.status == .invalid)
        #expect(report.reason.contains("future"))
        // Within the allowed clock skew it is fine.
        let near = "refs/endorsements/recruitment/alice/2"
        try f.forgeEndorsement(ref: near, key: f.aliceKey, date: Date().addingTimeInterval(60))
        #expect(try f.report(near).status == .current)
    }

    @Test func aKeyPastItsValidityCannotSignEvenBackdated() throws {
        let f = try TrustFixture()
        let expired = try TrustFixture.keygen("expired", in: f.keys)
        try f.workspace.addKey(
            to: "alice", publicKey: try f.keys.read("expired.pub"), validUntil: Date().addingTimeInterval(-10 * 86_400),
            author: tester, signer: try f.signer(f.secretariatKey))
        let now = "refs/endorsements/recruitment/alice/1"
        try f.forgeEndorsement(ref: now, key: expired, date: Date())
        #expect(try f.report(now).status == .invalid)
        #expect(try f.report(now).reason.contains("not valid on the signing date"))
        // Backdated into its validity window: before the text existed and before the key was registered.
        let backdated = "refs/endorsements/recruitment/alice/2"
        try f.forgeEndorsement(ref: backdated, key: expired, date: Date().addingTimeInterval(-20 * 86_400))
        let report = try f.report(backdated)
        #expect(report.status == .invalid)
        #expect(report.reason.contains("backdated"))
    }

    @Test func aKeyIsJudgedByTheRegistryAsItStoodWhenTheEndorsementWasMade() throws {
        let f = try TrustFixture()
        // A revision committed with a date two days ago (after the police key was registered in
        // history order, but dated before it): an endorsement dated yesterday is after the text,
        // yet the key belonged to nobody then.
        let old = "@\(Int(Date().addingTimeInterval(-2 * 86_400).timeIntervalSince1970)) +0000"
        let text = try f.folder.read("documents/recruitment.md") + "\n### Article 9 — Review\n\n(1) Reviewed.\n"
        _ = try f.folder.write("documents/recruitment.md", text)
        try f.git(
            ["commit", "-q", "-am", "Article 9"], environment: ["GIT_COMMITTER_DATE": old, "GIT_AUTHOR_DATE": old])
        let ref = "refs/endorsements/recruitment/police/1"
        try f.forgeEndorsement(
            ref: ref, stakeholder: "police", key: f.policeKey, date: Date().addingTimeInterval(-86_400))
        let report = try f.report(ref)
        #expect(report.status == .invalid)
        #expect(report.reason.contains("backdated"))
        // Dated now, the same key and text are fine.
        let now = "refs/endorsements/recruitment/police/2"
        try f.forgeEndorsement(ref: now, stakeholder: "police", key: f.policeKey, date: Date())
        #expect(try f.report(now).status == .current)
    }

    @Test func aRetiredKeyKeepsEarlierEndorsementsAndSignsNothingLater() throws {
        let f = try TrustFixture()
        let earlier = try f.endorse()
        let tomorrow = Date().addingTimeInterval(86_400)
        let day = Stakeholder.day(Stakeholder.dayString(tomorrow)) ?? tomorrow
        try f.workspace.retireKey(
            of: "alice", key: try f.keys.read("alice.pub"), from: day, reason: "laptop lost", author: tester,
            signer: try f.signer(f.secretariatKey))
        #expect(try f.report(earlier.name).status == .current)
        // Signing after the retirement day (and not in the future for this test: move the retirement back).
        try f.workspace.retireKey(
            of: "alice", key: try f.keys.read("alice.pub"), from: Date().addingTimeInterval(-2 * 86_400),
            author: tester, signer: try f.signer(f.secretariatKey))
        let later = "refs/endorsements/recruitment/alice/9"
        try f.forgeEndorsement(ref: later, key: f.aliceKey, date: Date())
        let report = try f.report(later)
        #expect(report.status == .invalid)
        #expect(report.reason.contains("retired"))
        let alice = try f.workspace.stakeholder("alice")
        #expect(alice.keys.first?.retiredFrom != nil)
    }

    @Test func aKeyRevokedAsCompromisedInvalidatesEverythingItSigned() throws {
        let f = try TrustFixture()
        let earlier = try f.endorse()
        #expect(try f.report(earlier.name).status == .current)
        try f.workspace.revokeKey(
            of: "alice", key: try f.keys.read("alice.pub"), reason: "compromised", author: tester,
            signer: try f.signer(f.secretariatKey))
        let report = try f.report(earlier.name)
        #expect(report.status == .invalid)
        #expect(report.reason.contains("revoked"))
        #expect(report.reason.contains("compromised"))
        let key = try #require(try f.workspace.stakeholder("alice").keys.first)
        #expect(key.revoked && key.revokedReason == "compromised" && key.revokedOn != nil)
    }
}
