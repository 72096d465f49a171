import ArgumentParser
import Foundation
import LegisDocument
import LegisGit
import LegisTracker

struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a workspace (a git repository with legis.yml), or adopt an existing repository.")

    @Argument(help: "The folder (default: the current folder).")
    var directory: String = "."

    @Flag(help: "Create a bare repository (for a server).")
    var bare = false

    @OptionGroup var author: AuthorOption
    @OptionGroup var trustRoot: InitTrustRootOptions

    func run() throws {
        try trustRoot.check()
        let workspace = try Workspace.initialize(at: directory, bare: bare, author: try author.parsed())
        try trustRoot.apply(to: workspace, author: try author.parsed(), bare: bare, directory: directory)
        Console.line("Workspace ready in \(workspace.repository.workingDirectory ?? workspace.repository.gitDirectory)")
    }
}
