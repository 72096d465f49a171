import ArgumentParser
import Foundation
import LegisDocument
import LegisGit
import LegisTracker

/// `--repo DIR`, shared by every command that works in a workspace.
struct WorkspaceOptions: ParsableArguments {
    @Option(name: .long, help: "The workspace (a git repository). Default: found from the current folder, as git does.")
    var repo: String?

    func open() throws -> Workspace { try Workspace.open(at: repo) }
}

/// `--author "Name <email>"`.
struct AuthorOption: ParsableArguments {
    @Option(name: .long, help: "Author as \"Name <email>\". Default: git config user.name and user.email.")
    var author: String?

    func parsed() throws -> Author? { try author.map { try Author(parsing: $0) } }
}

extension WorkspaceOptions {
    /// The workspace folder for a server: the one given, or the one found from the current folder.
    static func resolvedPath(_ given: String?) throws -> String {
        let workspace = try Workspace.open(at: given)
        return given ?? workspace.repository.workingDirectory ?? workspace.repository.gitDirectory
    }
}
