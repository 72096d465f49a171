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
    @Option(help: "Seconds a connection may stay without a complete request before it is closed.")
    var idleTimeout: Double = 10
    @Option(help: "Seconds one request may hold its connection, from its head to the end of the answer.")
    var requestTimeout: Double = 30
    @Option(help: "Seconds SIGTERM or SIGINT waits for requests in progress before stopping anyway.")
    var shutdownTimeout: Double = 5

    func validate() throws {
        for (name, value) in [("idle", idleTimeout), ("request", requestTimeout), ("shutdown", shutdownTimeout)]
        where !(value > 0 && value <= 3600) {
            throw ValidationError("--\(name)-timeout must be a number of seconds above 0 and at most 3600.")
        }
    }

    func run() async throws {
        let workspace = try WorkspaceOptions.resolvedPath(repo)
        try await LegisWeb.run(
            ServerConfiguration(
                workspacePath: workspace, host: host, port: port, idleTimeout: .seconds(idleTimeout),
                requestTimeout: .seconds(requestTimeout), shutdownTimeout: .seconds(shutdownTimeout)))
    }
}
