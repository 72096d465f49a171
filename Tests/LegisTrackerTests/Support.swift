import Foundation
import LegisTracker
import LegisTestSupport
import Testing

/// The real git command, isolated from the machine's configuration.
enum Git {
    @discardableResult
    static func run(_ arguments: [String], in folder: String, input: String? = nil) throws -> ToolResult {
        try Tool.git(arguments, in: folder, input: input)
    }
}

let tester = Author(name: "Ana Drafter", email: "ana@working-group.example")

/// A small bill in three drafts.
enum Samples {
    static let draft1 = """
        ---
        title: Law on Labour Recruitment Agencies
        kind: bill
        status: draft
        language: en
        ---

        # Law on Labour Recruitment Agencies

        ## Chapter I — General provisions

        ### Article 1 — Subject matter

        (1) This law lays down the rules for the licensing and supervision of labour
        recruitment agencies.
        (2) It applies to agencies that recruit workers for employers abroad.

        ### Article 2 — Licensing

        (1) No agency may recruit workers without a licence issued by the National
        Agency for Employment.
        (2) The licence is valid for three years.

        ### Article 3 — Fees

        (1) Agencies shall not charge workers any fee for recruitment.

        """

    static let draft2 = draft1.replacingOccurrences(of: "valid for three years", with: "valid for two years")

    static let draft3 = draft2 + """

        ### Article 4 — Registry

        (1) The National Agency for Employment keeps a public registry of licensed
        agencies.

        """

    /// A workspace with the three drafts as revisions, the second named `consultation`.
    static func workspace(in folder: TemporaryFolder) throws -> Workspace {
        let workspace = try Workspace.initialize(at: folder.path, author: tester)
        let d1 = try folder.write("drafts/01.md", draft1)
        let d2 = try folder.write("drafts/02.md", draft2)
        let d3 = try folder.write("drafts/03.md", draft3)
        try workspace.importDrafts(try DocumentID("recruitment"), from: [d1, d2, d3], author: tester)
        try FileManager.default.removeItem(atPath: folder.file("drafts"))
        try workspace.nameDraft(try DocumentID("recruitment"), name: "consultation", revision: "~1", note: "For consultation", author: tester)
        return workspace
    }
}
