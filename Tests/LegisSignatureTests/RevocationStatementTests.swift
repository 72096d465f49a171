import Foundation
import LegisSignature
import Testing

@Suite("Revocation statements")
struct RevocationStatementTests {
    static let objectID = "fedcba9876543210fedcba9876543210fedcba98"
    static let ref = "refs/endorsements/laws%2Fpenal-code/alice/3"

    static func revocation(_ reason: String) throws -> RevocationStatement {
        try RevocationStatement(
            ref: ref, endorsementObject: objectID, stakeholder: "alice", reason: reason,
            date: Date(timeIntervalSince1970: 1_743_508_800))
    }

    @Test("the message has the documented form")
    func messageForm() throws {
        let expected = """
            Revocation of \(Self.ref) by alice

            Legis-Revocation: 1
            Endorsement-Ref: \(Self.ref)
            Endorsement-Object: \(Self.objectID)
            Stakeholder: alice
            Date: 2025-04-01T12:00:00Z

            Reason:
            | Superseded.

            """
        let revocation = try Self.revocation("Superseded.")
        #expect(revocation.message == expected)
        #expect(try RevocationStatement.parse(expected) == revocation)
    }

    @Test("hostile reasons round-trip", arguments: EndorsementStatementTests.hostile)
    func roundTrip(reason: String) throws {
        let revocation = try Self.revocation(reason)
        let parsed = try RevocationStatement.parse(revocation.message)
        #expect(parsed == revocation)
        #expect(Array(parsed.reason.unicodeScalars) == Array(reason.unicodeScalars))
    }

    @Test(
        "deviations are rejected with a reason",
        arguments: [
            ("Revocation of refs/endorsements/laws%2Fpenal-code/alice/3 by alice", "Revocation of x by alice"),
            ("Stakeholder: alice", "Stakeholder: bob"),
            ("Legis-Revocation: 1", "Legis-Revocation: 2"),
            ("Legis-Revocation: 1", "Legis-Endorsement: 1"),
            ("alice/3\nEndorsement-Object", "alice/03\nEndorsement-Object"),
            ("Endorsement-Object: fedc", "Endorsement-Object: FEDC"),
            ("2025-04-01T12:00:00Z", "2025-04-01 12:00:00"),
            ("Reason:\n", "Reason:\nStakeholder: bob\n"),
            ("| Superseded.\n", "| Superseded."),
        ])
    func deviation(original: String, replacement: String) throws {
        let message = try Self.revocation("Superseded.").message
        #expect(message.contains(original))
        let edited = message.replacingOccurrences(of: original, with: replacement)
        do {
            _ = try RevocationStatement.parse(edited)
            Issue.record("accepted: \(edited)")
        } catch {
            #expect(error.description.contains("message not in the expected form"))
        }
    }

    @Test(
        "refs that are not the stakeholder's endorsement refs are refused",
        arguments: [
            "refs/tags/x", "refs/endorsements/doc/alice", "refs/endorsements/doc/alice/0",
            "refs/endorsements/doc/alice/01", "refs/endorsements/doc/alice/1/2", "refs/endorsements/../alice/1",
            "refs/endorsements//alice/1", "refs/endorsements/doc/bob/1", "refs/endorsements/doc/alice/1-revocation",
            "refs/endorsements/a b/alice/1",
        ])
    func badRefs(ref: String) {
        #expect(throws: StatementFormatError.self) {
            try RevocationStatement(
                ref: ref, endorsementObject: Self.objectID, stakeholder: "alice", reason: "", date: Date())
        }
    }
}
