import ArgumentParser
import Foundation
import LegisTracker

struct AmendmentReject: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reject", abstract: "Record that an amendment is rejected (appended to its history).")

    @Argument(help: "The document id.") var id: String
    @Argument(help: "The amendment's number.") var number: Int
    @Option(help: "A note recorded with the decision.") var note: String = ""
    @Flag(help: "Print the amendment as JSON.") var json = false
    @OptionGroup var workspace: WorkspaceOptions
    @OptionGroup var author: AuthorOption

    func run() throws {
        let amendment = try workspace.open().decideAmendment(
            try DocumentID(id), number, .rejected, note: note, author: try author.parsed())
        if json { return try JSONOutput.print(amendment) }
        Console.line("Amendment \(number) to \(id): \(amendment.status.title.lowercased()).")
    }
}
