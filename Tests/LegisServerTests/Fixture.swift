import Foundation
import HTTPTypes
import LegisGit
import LegisSignature
import LegisTracker

/// Text that would run script or follow a link if a page put it in unescaped.
enum Hostile {
    static let script = "<script>alert(1)</script>"
    static let attribute = "\"><img src=x onerror=alert(1)>"
    static let link = "[x](javascript:alert(1))"
    static let all = "\(script) \(attribute) \(link)"

    /// The markup that must never appear in a page as is.
    static let markers = ["<script>alert(1)", "<img src=x", "onerror=alert(1)>", "href=\"javascript:"]
}

/// A real workspace in a temporary folder, built through the tracker: one document with three
/// revisions and two drafts, a document with a nested id, stakeholders and endorsements in every
/// state; hostile text in the document, a commit message, a draft note, a stakeholder name and a
/// statement.
struct Fixture {
    let root: String
    let path: String
    static let author = Author(name: "Test Drafter", email: "drafter@example.org")
    static let documentID = "labour-law"
    static let nestedID = "laws/penal-code"

    /// Builds the workspace; `endorsements: false` skips the keys and signatures.
    static func make(endorsements: Bool = true) throws -> Fixture {
        let root = FileManager.default.temporaryDirectory
            .appendingPathComponent("legis-web-\(UUID().uuidString)").path
        let path = root + "/workspace"
        try FileManager.default.createDirectory(atPath: root + "/drafts", withIntermediateDirectories: true)
        let workspace = try Workspace.initialize(at: path, author: author)
        let id = try DocumentID(documentID)

        let drafts = [draft(version: 1), draft(version: 2), draft(version: 3)]
        var files: [String] = []
        for (index, text) in drafts.enumerated() {
            let file = root + "/drafts/labour-law-v\(index + 1).md"
            try text.write(toFile: file, atomically: true, encoding: .utf8)
            files.append(file)
        }
        let commits = try workspace.importDrafts(id, from: Array(files.prefix(2)), author: author)
        try workspace.nameDraft(
            id, name: "consultation-1", revision: commits[0].hex, note: "First round \(Hostile.all)", author: author)
        try workspace.nameDraft(id, name: "v2", revision: commits[1].hex, note: nil, author: author)
        // The third revision is saved from the working tree with a hostile commit message.
        guard let working = workspace.workingPath(try workspace.path(of: id)) else {
            throw FixtureError("the fixture workspace has no working tree")
        }
        try drafts[2].write(toFile: working, atomically: true, encoding: .utf8)
        _ = try workspace.save([id], message: "Tighten licensing \(Hostile.all)", author: author)

        let nested = try DocumentID(nestedID)
        let nestedFile = root + "/drafts/penal-code.md"
        try penalCode.write(toFile: nestedFile, atomically: true, encoding: .utf8)
        try workspace.importDrafts(nested, from: [nestedFile], author: author)

        if endorsements { try addEndorsements(workspace, id: id, root: root) }
        return Fixture(root: root, path: path)
    }

    /// Stakeholders and endorsements: current, stale, revoked and invalid.
    private static func addEndorsements(_ workspace: Workspace, id: DocumentID, root: String) throws {
        func key(_ name: String) throws -> (file: String, line: String) {
            let file = root + "/\(name).key"
            let key = try Workspace.generateKey(at: file, comment: name)
            return (file, key.authorizedKeyLine)
        }
        let ngo = try key("ngo")
        try workspace.addStakeholder(
            id: "ngo-safe-home", name: "Safe Home \(Hostile.script)", category: .ngo,
            contact: "office@safe-home.example \(Hostile.attribute)", publicKey: ngo.line, author: author)
        let police = try key("police")
        try workspace.addStakeholder(
            id: "police-unit", name: "Police Unit", category: .police, contact: nil, publicKey: police.line,
            author: author)
        let court = try key("court")
        try workspace.addStakeholder(
            id: "magistrates", name: "Magistrates \(Hostile.attribute)", category: .magistrates, contact: nil,
            publicKey: court.line, author: author)
        let research = try key("research")
        try workspace.addStakeholder(
            id: "research-lab", name: "Research Lab", category: .researcher, contact: nil, publicKey: research.line,
            author: author)

        // Current: the latest text.
        try workspace.endorse(
            id, as: "ngo-safe-home", keyFile: ngo.file, stance: .support, statement: "We agree. \(Hostile.all)")
        // Stale: the first draft, changed since.
        try workspace.endorse(
            id, revision: "consultation-1", as: "police-unit", keyFile: police.file, stance: .supportWithReservations,
            statement: "Subject to article 2 \(Hostile.link)")
        // Revoked: endorsed, then withdrawn.
        let withdrawn = try workspace.endorse(
            id, as: "magistrates", keyFile: court.file, stance: .object, statement: "Too broad.")
        try workspace.revokeEndorsement(withdrawn.name, keyFile: court.file, reason: "Changed our mind")
        // Invalid: the key was revoked after signing.
        try workspace.endorse(id, as: "research-lab", keyFile: research.file, stance: .support, statement: "Sound.")
        try workspace.revokeKey(of: "research-lab", key: research.line, author: author)
    }

    static func draft(version: Int) -> String {
        let licence =
            version >= 2
            ? "A recruitment agency needs a licence from the labour inspectorate." : "An agency needs a licence."
        let fees = version >= 3 ? "\n(3) No fee may be charged to the worker, directly or indirectly.\n" : ""
        return """
            ---
            title: "Labour Recruitment Act \(Hostile.script)"
            kind: law
            status: draft
            language: en
            ---

            # Law on labour recruitment agencies

            Preamble with a link \(Hostile.link) and \(Hostile.attribute) and <b>bold</b> & more.

            ## Chapter I General provisions

            ### Article 1 Scope

            (1) This law applies to agencies that recruit workers for employment in the country or abroad.

            (2) It does not apply to public employment services.

            ### Article 2 Licensing

            (1) \(licence)

            (2) The licence is valid for three years.
            \(fees)
            ### Article 3 Penalties

            (1) Recruiting without a licence is punished with a fine.

            """
    }

    static let penalCode = """
        ---
        title: Penal Code (excerpt)
        kind: law
        language: en
        ---

        # Penal Code

        ### Article 210 Trafficking in persons

        (1) Recruiting a person for exploitation is punished with imprisonment.

        """

    /// Removes the temporary folder.
    func remove() {
        try? FileManager.default.removeItem(atPath: root)
    }
}

/// A fixture that could not be built.
struct FixtureError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
