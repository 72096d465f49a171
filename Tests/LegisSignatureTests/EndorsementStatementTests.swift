import Foundation
import LegisSignature
import Testing

@Suite("Endorsement statements")
struct EndorsementStatementTests {
    static let commit = "0123456789abcdef0123456789abcdef01234567"
    static let blob = "89abcdef0123456789abcdef0123456789abcdef"
    static let date = Date(timeIntervalSince1970: 1_740_821_400)  // 2025-03-01T09:30:00Z

    static func statement(_ text: String, scope: [String]? = ["art-1", "art-3/para-2"]) throws -> EndorsementStatement {
        try EndorsementStatement(
            document: "bill-42", commit: commit, blob: blob, textSHA256: EndorsementStatement.textDigest(of: "Text"),
            stakeholder: "alice", stance: .supportWithReservations, scope: scope, statement: text, date: date)
    }

    @Test("the message has the documented form")
    func messageForm() throws {
        let statement = try Self.statement("We support this draft.\n\nArticle 3 needs work.")
        let expected = """
            Endorsement of bill-42 by alice

            Legis-Endorsement: 1
            Document: bill-42
            Commit: \(Self.commit)
            Blob: \(Self.blob)
            Text-SHA256: \(EndorsementStatement.textDigest(of: "Text"))
            Stakeholder: alice
            Stance: support-with-reservations
            Scope: art-1, art-3/para-2
            Date: 2025-03-01T09:30:00Z

            Statement:
            | We support this draft.
            |
            | Article 3 needs work.

            """
        #expect(statement.message == expected)
        #expect(try EndorsementStatement.parse(expected) == statement)
    }

    static let hostile: [String] = [
        "",
        "\n",
        "\n\n",
        "Stance: object\nStakeholder: mallory\nLegis-Endorsement: 1",
        "| looks quoted\n|\n| ",
        "Document: bill-43\nCommit: ffffffffffffffffffffffffffffffffffffffff",
        "-----BEGIN SSH SIGNATURE-----\nAAAA\n-----END SSH SIGNATURE-----",
        "-----BEGIN PGP SIGNATURE-----",
        "<script>alert('x')</script>&amp;\"'",
        "Zustimmung — ✓ 支持 مؤيد 🇪🇺 e\u{301}",
        "back\\slash \\u{41} \\\\ \\n",
        "control \u{0}\u{1}\u{1b}[31m red \u{7f} \u{85}",
        "crlf\r\nline\rcr",
        "direction \u{202e}evil\u{202c} \u{2066}x\u{2069} \u{200f} \u{feff}",
        "tab\tseparated\t",
        "  leading and trailing spaces  ",
        "ends with newline\n",
        String(repeating: "long line ", count: 2000),
    ]

    @Test("hostile statements round-trip exactly", arguments: hostile)
    func roundTrip(text: String) throws {
        let statement = try Self.statement(text)
        let message = statement.message
        let parsed = try EndorsementStatement.parse(message)
        #expect(parsed == statement)
        #expect(Array(parsed.statement.unicodeScalars) == Array(text.unicodeScalars))
        // No statement line can pass for a field or a signature.
        let lines = message.utf8.split(separator: 10, omittingEmptySubsequences: false).map { String(Substring($0)) }
        let statementStart = try #require(lines.firstIndex(of: "Statement:"))
        for line in lines[(statementStart + 1)...].dropLast() {
            #expect(line == "|" || line.hasPrefix("| "))
            #expect(!line.unicodeScalars.contains { $0.value < 0x20 && $0 != "\t" })
        }
        // A tag object accepts the message.
        let tagger = try Tagger(name: "Alice", email: "alice@example.org", date: Self.date)
        _ = try TagObject(object: Self.commit, name: "endorsements/bill-42/alice/1", tagger: tagger, message: message)
    }

    @Test("every stance and an absent scope round-trip", arguments: Stance.allCases)
    func stances(stance: Stance) throws {
        let statement = try EndorsementStatement(
            document: "bill-42", commit: Self.commit, blob: Self.blob, textSHA256: String(repeating: "0", count: 64),
            stakeholder: "ngo.partner_1", stance: stance, statement: "ok", date: Self.date)
        #expect(!statement.message.contains("Scope:"))
        #expect(try EndorsementStatement.parse(statement.message) == statement)
    }

    @Test("invalid fields are refused when building")
    func invalidFields() throws {
        let digest = String(repeating: "0", count: 64)
        func make(
            document: String = "bill-42", commit: String = Self.commit, textSHA256: String? = nil,
            stakeholder: String = "alice",
            scope: [String]? = nil, date: Date = Self.date
        ) throws(StatementFormatError) -> EndorsementStatement {
            try EndorsementStatement(
                document: document, commit: commit, blob: Self.blob, textSHA256: textSHA256 ?? digest,
                stakeholder: stakeholder,
                stance: .support, scope: scope, statement: "", date: date)
        }
        for bad in ["", "a/b", "a b", "..", "a..b", ".a", "x.lock", "a\nb", "é"] {
            #expect(throws: StatementFormatError.self) { try make(stakeholder: bad) }
        }
        for bad in [
            "", "a b", "a//b", "/a", "a/", "a/../b", ".a", "a/.b", "a\nb", "a\u{202e}b", "a,b",
            String(repeating: "a", count: 201),
        ] {
            #expect(throws: StatementFormatError.self) { try make(document: bad) }
        }
        for good in ["laws/penal-code", "ley-trata_2025.v2", "законопроект-1", "a"] {
            #expect(try make(document: good).document == good)
        }
        #expect(throws: StatementFormatError.self) { try make(commit: "abc") }
        #expect(throws: StatementFormatError.self) { try make(commit: Self.commit.uppercased()) }
        #expect(throws: StatementFormatError.self) { try make(textSHA256: Self.commit) }
        #expect(try make(scope: []).scope == nil)
        #expect(throws: StatementFormatError.self) { try make(scope: ["a, b"]) }
        #expect(throws: StatementFormatError.self) { try make(scope: [" a"]) }
        #expect(throws: StatementFormatError.self) { try make(scope: ["a\nDate: x"]) }
        #expect(throws: StatementFormatError.self) { try make(scope: ["a", "a"]) }
        #expect(throws: StatementFormatError.self) { try make(date: Date(timeIntervalSince1970: -1)) }
        #expect(try make(date: Date(timeIntervalSince1970: 1.9)).timestamp == 1)
    }

    /// A valid message with one line replaced, inserted or removed.
    static func variant(_ edit: @Sendable (inout [String]) -> Void) throws -> String {
        var lines = try statement("Fine.").message.components(separatedBy: "\n")
        edit(&lines)
        return lines.joined(separator: "\n")
    }

    static let deviations: [(String, @Sendable (inout [String]) -> Void)] = [
        ("subject", { $0[0] = "Endorsement of bill-43 by alice" }),
        ("subject kind", { $0[0] = "Approval of bill-42 by alice" }),
        ("no blank line", { $0.remove(at: 1) }),
        ("version 2", { $0[2] = "Legis-Endorsement: 2" }),
        ("no version", { $0.remove(at: 2) }),
        ("fields swapped", { $0.swapAt(4, 5) }),
        ("extra field", { $0.insert("Extra: x", at: 8) }),
        ("bad stance", { $0[8] = "Stance: maybe" }),
        ("empty scope", { $0[9] = "Scope: " }),
        ("scope spacing", { $0[9] = "Scope: art-1,art-3/para-2" }),
        ("bad date", { $0[10] = "Date: 2025-02-30T09:30:00Z" }),
        ("local date", { $0[10] = "Date: 2025-03-01T09:30:00+01:00" }),
        ("field spacing", { $0[3] = "Document:  bill-42" }),
        ("upper-case hex", { $0[4] = "Commit: " + $0[4].dropFirst(8).uppercased() }),
        ("no statement marker", { $0.remove(at: 12) }),
        ("unquoted line", { $0.insert("Stance: object", at: 14) }),
        ("bad escape", { $0[13] = "| \\x41" }),
        ("non-canonical escape", { $0[13] = "| \\u{46}ine." }),
        ("space after bar", { $0[13] = "|Fine." }),
        ("no final line feed", { $0.removeLast() }),
        ("trailing blank line", { $0.append("") }),
        ("crlf", { $0[3] += "\r" }),
        (
            "no statement",
            {
                $0.removeSubrange(13...)
                $0.append("")
            }
        ),
        ("upper-case escape", { $0[13] = "| \\u{1B}" }),
        ("padded escape", { $0[13] = "| \\u{0001}" }),
    ]

    @Test("any deviation is rejected with a reason", arguments: deviations.indices)
    func deviation(index: Int) throws {
        let (name, edit) = Self.deviations[index]
        let message = try Self.variant(edit)
        do {
            let parsed = try EndorsementStatement.parse(message)
            Issue.record("\(name): accepted \(parsed)")
        } catch {
            #expect(error.description.contains("message not in the expected form"), "\(name)")
        }
    }

    @Test("the text digest is the SHA-256 that sha256sum prints")
    func textDigest() throws {
        let sandbox = try Sandbox()
        let text = "Article 1.\nZustimmung ✓\n"
        let printed = try sandbox.runChecked("sha256sum", [], input: Array(text.utf8))
        #expect(EndorsementStatement.textDigest(of: text) == String(printed.prefix(64)))
    }

    @Test("the unedited message parses")
    func unedited() throws {
        #expect(try EndorsementStatement.parse(Self.variant { _ in }) == Self.statement("Fine."))
    }
}
