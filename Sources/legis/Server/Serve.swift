import ArgumentParser
import Foundation
import LegisDocument
import LegisGit
import LegisServer
import LegisTracker

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the web interface: read drafts, compare versions, check endorsements (read-only).")

    @Option(help: "The workspace (default: found from the current folder).") var repo: String?
    @Option(help: "The address to listen on.") var host: String = "127.0.0.1"
    @Option(help: "The port.") var port: Int = 8080

    func run() async throws {
        let workspace = try WorkspaceOptions.resolvedPath(repo)
        try await LegisWeb.run(ServerConfiguration(workspacePath: workspace, host: host, port: port))
    }
}
