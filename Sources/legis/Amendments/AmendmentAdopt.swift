import ArgumentParser
import Foundation
import LegisAmendments
import LegisGit
import LegisTracker

struct AmendmentAdopt: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "adopt",
        abstract: "Adopt an amendment: merge it into the current text, provision by provision, in one commit.",
        discussion: """
            With --text, the amendment is adopted with changes: the compromise text (a full text of the \
            document written against the amendment's base) is merged instead. On conflict nothing is \
            written, the conflicting provisions are listed with their three texts, and the exit status is 1.
            """)

    @Argument(help: "The document id.") var id: String
    @Argument(help: "The amendment's number.") var number: Int
    @Option(help: "A compromise text: adopts the amendment with changes.") var text: String?
    @Option(help: "A note recorded with the decision.") var note: String = ""
    @Flag(help: "Print the result as JSON.") var json = false
    @OptionGroup var workspace: WorkspaceOptions
    @OptionGroup var author: AuthorOption

    func run() throws {
        let id = try DocumentID(self.id)
        let space = try workspace.open()
        let compromise = try text.map { try Workspace.readDocumentFile($0) }
        let result = try space.adoptAmendment(id, number, compromise: compromise, note: note, author: try author.parsed())
        if json {
            try JSONOutput.print(AdoptionJSON(result))
        } else if result.isAdopted {
            let commit = result.commit.map { " in \($0.short)" } ?? " (the text already read so)"
            Console.line("Amendment \(number) to \(id) \(result.amendment.status.title.lowercased())\(commit).")
        } else {
            Console.error("legis: amendment \(number) conflicts with changes made to '\(id)' since its base; nothing was written.")
            for conflict in result.conflicts {
                Console.line("== \(conflict.path.isEmpty ? "(opening text)" : conflict.path)")
                Console.line("-- base:\n\(conflict.base ?? "(absent)")")
                Console.line("-- current:\n\(conflict.current ?? "(deleted)")")
                Console.line("-- amendment:\n\(conflict.proposed ?? "(deleted)")")
            }
        }
        if !result.isAdopted { throw CommandFailure() }
    }
}

/// The outcome of an adoption as JSON.
struct AdoptionJSON: Encodable {
    var adopted: Bool
    var commit: String?
    var status: AmendmentStatus
    var conflicts: [MergeConflict]
    var taken: [String]

    init(_ result: AdoptionResult) {
        adopted = result.isAdopted
        commit = result.commit?.hex
        status = result.amendment.status
        conflicts = result.conflicts
        taken = result.taken
    }
}
