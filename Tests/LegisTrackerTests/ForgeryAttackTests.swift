import Foundation
import LegisGit
import LegisTestSupport
import Testing

@testable import LegisTracker

/// The forgeries already caught, done again as an attacker does them.
///
/// Plain git on the repository; none of them may verify as current or stale.
@Suite("Attacks: forged endorsement refs")
struct ForgeryAttackTests {
    func expectInvalid(_ f: TrustFixture, _ ref: String, _ words: String...) throws {
        let report = try f.report(ref)
        #expect(report.status == .invalid, "\(ref): \(report.status) \(report.reason)")
        #expect(words.contains { report.reason.contains($0) }, "\(ref): \(report.reason)")
    }

    @Test func copiedToAnotherDocumentOrStakeholder() throws {
        let f = try TrustFixture()
        let ref = try f.endorse()
        let object = try f.git(["rev-parse", ref.name])
        try f.git(["update-ref", "refs/endorsements/other-bill/alice/1", object])
        try f.git(["update-ref", "refs/endorsements/recruitment/police/1", object])
        try expectInvalid(f, "refs/endorsements/other-bill/alice/1", "copied")
        try expectInvalid(f, "refs/endorsements/recruitment/police/1", "copied")
        #expect(try f.report(ref.name).status == .current)
    }

    @Test func retargetedAtAnotherRevision() throws {
        let f = try TrustFixture()
        let ref = try f.endorse()
        let older = try f.workspace.revision(of: f.id, "~1").commit.hex
        let text = try f.git(["cat-file", "tag", ref.name])
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let edited = (["object \(older)"] + lines.dropFirst()).joined(separator: "\n") + "\n"
        let forged = try f.git(["hash-object", "-t", "tag", "-w", "--stdin"], input: edited)
        try f.git(["update-ref", ref.name, forged])
        try expectInvalid(f, ref.name, "bad signature")
    }

    @Test func editedMessage() throws {
        let f = try TrustFixture()
        let ref = try f.endorse()
        let text = try f.git(["cat-file", "tag", ref.name]) + "\n"
        let forged = try f.git(
            ["hash-object", "-t", "tag", "-w", "--stdin"],
            input: text.replacingOccurrences(of: "Stance: support", with: "Stance: object"))
        try f.git(["update-ref", ref.name, forged])
        try expectInvalid(f, ref.name, "bad signature")
    }

    @Test func signedByAnUnregisteredKey() throws {
        let f = try TrustFixture()
        let ref = "refs/endorsements/recruitment/alice/1"
        try f.forgeEndorsement(ref: ref, key: f.malloryKey, date: Date())
        try expectInvalid(f, ref, "not registered")
    }

    @Test func aTagOfATag() throws {
        let f = try TrustFixture()
        let ref = try f.endorse()
        let object = try f.git(["rev-parse", ref.name])
        let wrapper = """
            object \(object)
            type tag
            tag endorsements/recruitment/alice/2
            tagger Mallory <mallory@attacker.example> \(Int(Date().timeIntervalSince1970)) +0000

            Wrapped.

            """
        let tag = try f.git(["mktag"], input: wrapper)
        try f.git(["update-ref", "refs/endorsements/recruitment/alice/2", tag])
        try expectInvalid(f, "refs/endorsements/recruitment/alice/2", "expected form", "signed tag")
    }

    @Test func garbageRefs() throws {
        let f = try TrustFixture()
        let commit = try f.git(["rev-parse", "HEAD"])
        let blob = try f.git(["hash-object", "-w", "--stdin"], input: "junk\n")
        try f.git(["update-ref", "refs/endorsements/recruitment/alice/1", commit])
        try f.git(["update-ref", "refs/endorsements/recruitment/alice/2", blob])
        try f.git(["update-ref", "refs/endorsements/junk", commit])
        try f.git(["update-ref", "refs/endorsements/recruitment/alice/3-revocation", commit])
        let reports = try f.workspace.endorsements()
        #expect(reports.count == 4)
        #expect(reports.allSatisfy { $0.status == .invalid }, "\(reports.map { "\($0.ref) \($0.reason)" })")
    }

    @Test func anUnsignedTagWithTheRightMessage() throws {
        let f = try TrustFixture()
        let ref = try f.endorse()
        let text = try f.git(["cat-file", "tag", ref.name]) + "\n"
        let cut = try #require(text.range(of: "-----BEGIN SSH SIGNATURE-----"))
        let unsigned = String(text[..<cut.lowerBound])
        let forged = try f.git(["hash-object", "-t", "tag", "-w", "--stdin"], input: unsigned)
        try f.git(["update-ref", "refs/endorsements/recruitment/alice/2", forged])
        try expectInvalid(f, "refs/endorsements/recruitment/alice/2", "no SSH signature", "copied")
    }
}
