import ArgumentParser
import Foundation
import LegisDocument
import LegisGit
import LegisTracker

struct Save: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "save",
        abstract: "Commit the edited documents.",
        discussion: "Without ids, every document whose file differs from the last revision is saved. If someone saved in between, nothing is committed and your files stay as they are.")

    @Argument(help: "The documents to save (default: every edited document).")
    var ids: [String] = []

    @Option(name: .shortAndLong, help: "What changed.")
    var message: String

    @OptionGroup var workspace: WorkspaceOptions
    @OptionGroup var author: AuthorOption

    func run() throws {
        let result = try workspace.open().save(
            try ids.map { try DocumentID($0) }, message: message, author: try author.parsed())
        guard let commit = result.commit else { return Console.line("Nothing to save: the documents are unchanged.") }
        Console.line("Saved \(result.saved.map(\.rawValue).joined(separator: ", ")) as \(commit.short).")
    }
}
