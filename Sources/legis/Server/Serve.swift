import ArgumentParser
import Foundation
import LegisDocument
import LegisGit
import LegisServer
import LegisTracker

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the web interface: read drafts, compare versions, check endorsements; members sign in, edit and endorse.")

    @Option(help: "The workspace (default: found from the current folder).") var repo: String?
    @Option(help: "The address to listen on.") var host: String = "127.0.0.1"
    @Option(help: "The port.") var port: Int = 8080
    @Option(help: "A PEM certificate chain: serve HTTPS (with --tls-key).") var tlsCert: String?
    @Option(help: "The PEM private key of --tls-cert.") var tlsKey: String?

    func run() async throws {
        let workspace = try WorkspaceOptions.resolvedPath(repo)
        var tls: TLSFiles?
        switch (tlsCert, tlsKey) {
        case (let cert?, let key?): tls = TLSFiles(certificateChain: cert, privateKey: key)
        case (nil, nil): tls = nil
        default: throw ValidationError("Give both --tls-cert and --tls-key, or neither.")
        }
        try await LegisWeb.run(ServerConfiguration(workspacePath: workspace, host: host, port: port, tls: tls))
    }
}
