import ArgumentParser
import Foundation
import LegisAmendments
import LegisDocument
import LegisTracker

struct Amend: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "amend",
        abstract: "Table an amendment to a document and print its number.",
        discussion: """
            legis amend ID --file EDITED.md --title T [--rationale R] --by STAKEHOLDER... [--base REV]
            legis amend ID --instructions FILE [--language en|ro|de] --title T --by STAKEHOLDER...
            The amendment is the whole edited text (or the base with the amending instructions carried \
            out), written against REV (the latest revision by default).
            """)

    @Argument(help: "The document id.") var id: String
    @Option(help: "The full edited text of the document.") var file: String?
    @Option(help: "Amending instructions to carry out on the base instead of --file.") var instructions: String?
    @Option(help: "The language of the instructions: en, ro or de (default: the document's).") var language: String?
    @Option(help: "A one-line title.") var title: String
    @Option(help: "Why the change is proposed.") var rationale: String = ""
    @Option(name: .customLong("by"), help: "A sponsoring stakeholder (repeat for several).") var sponsors: [String] = []
    @Option(help: "The revision amended (default: the latest).") var base: String?
    @Flag(help: "Print the amendment as JSON.") var json = false
    @OptionGroup var workspace: WorkspaceOptions
    @OptionGroup var author: AuthorOption

    func validate() throws {
        if (file == nil) == (instructions == nil) {
            throw ValidationError("Give the amended text with --file, or amending instructions with --instructions.")
        }
        if let language, !InstructionLanguage.codes.contains(language) {
            throw ValidationError("--language must be en, ro or de.")
        }
    }

    func run() throws {
        let id = try DocumentID(self.id)
        let space = try workspace.open()
        let text: [UInt8]
        if let file {
            text = try Workspace.readDocumentFile(file)
        } else {
            let script = try InstructionInput.read(instructions ?? "")
            let revision = try space.revision(of: id, base)
            text = Array(try InstructionInput.apply(script, to: try space.text(of: revision), language: language).utf8)
        }
        let amendment = try space.tableAmendment(
            id, text: text, title: title, rationale: rationale, sponsors: sponsors, base: base,
            author: try author.parsed())
        if json { return try JSONOutput.print(amendment) }
        Console.line(String(amendment.number))
    }
}
