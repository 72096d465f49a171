import ArgumentParser
import Foundation
import LegisDocument
import LegisGit
import LegisTracker

struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Create a document from a template and commit it as its first revision.",
        discussion: "Templates: law, bill (amending an existing law), strategy (SOCTA-based national strategy), and any Templates/NAME.md in the workspace.")

    @Argument(help: "The document id, e.g. labour-recruitment-law.")
    var id: String

    @Option(help: "The template.")
    var template: String

    @Option(help: "The title written into the document.")
    var title: String?

    @OptionGroup var workspace: WorkspaceOptions
    @OptionGroup var author: AuthorOption

    func run() throws {
        let space = try workspace.open()
        let revision = try space.create(
            try DocumentID(id), template: template, title: title, author: try author.parsed())
        Console.line("Created \(revision.path) (\(revision.commit.short)); edit it, then 'legis save \(id) -m MESSAGE'.")
    }
}
