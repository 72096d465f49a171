import ArgumentParser
import Foundation
import LegisDocument
import LegisGit
import LegisTracker

struct DraftCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "draft", abstract: "Name a revision of a document as a published draft (an annotated tag ID/NAME).")

    @Argument(help: "ID or ID@REV (default: the latest revision).") var reference: String
    @Argument(help: "The draft name, e.g. consultation-1.") var name: String
    @Option(name: .shortAndLong, help: "A note on the draft.") var message: String?
    @OptionGroup var workspace: WorkspaceOptions
    @OptionGroup var author: AuthorOption

    func run() throws {
        let ref = try DocumentReference(parsing: reference)
        let draft = try workspace.open().nameDraft(
            ref.id, name: name, revision: ref.revision, note: message, author: try author.parsed())
        Console.line("Draft \(draft.name) of \(ref.id) names \(draft.commit.short).")
    }
}

struct Drafts: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "drafts", abstract: "List the named drafts of a document, oldest first.")

    @Argument(help: "The document id.") var id: String
    @Flag(help: "Print a JSON array.") var json = false
    @OptionGroup var workspace: WorkspaceOptions

    func run() throws {
        let drafts = try workspace.open().drafts(of: try DocumentID(id))
        if json { return try JSONOutput.print(drafts) }
        for draft in drafts {
            Console.line("\(draft.name)\t\(draft.commit.short)\t\(ISO8601.string(draft.date))\t\(draft.note)")
        }
    }
}
