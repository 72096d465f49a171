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
    @Option(help: "Seconds a connection may stay without a complete request before it is closed.")
    var idleTimeout: Double = 10
    @Option(help: "Seconds one request may hold its connection, from its head to the end of the answer.")
    var requestTimeout: Double = 30
    @Option(help: "Seconds SIGTERM or SIGINT waits for requests in progress before stopping anyway.")
    var shutdownTimeout: Double = 5
    @Option(help: "A PEM certificate chain: serve HTTPS (with --tls-key).") var tlsCert: String?
    @Option(help: "The PEM private key of --tls-cert.") var tlsKey: String?

    func validate() throws {
        for (name, value) in [("idle", idleTimeout), ("request", requestTimeout), ("shutdown", shutdownTimeout)]
        where !(value > 0 && value <= 3600) {
            throw ValidationError("--\(name)-timeout must be a number of seconds above 0 and at most 3600.")
        }
    }

    func run() async throws {
        let workspace = try WorkspaceOptions.resolvedPath(repo)
        var tls: TLSFiles?
        switch (tlsCert, tlsKey) {
        case (let cert?, let key?): tls = TLSFiles(certificateChain: cert, privateKey: key)
        case (nil, nil): tls = nil
        default: throw ValidationError("Give both --tls-cert and --tls-key, or neither.")
        }
        let configuration = ServerConfiguration(
            workspacePath: workspace, host: host, port: port, idleTimeout: .seconds(idleTimeout),
            requestTimeout: .seconds(requestTimeout), shutdownTimeout: .seconds(shutdownTimeout), tls: tls)
        do {
            try await LegisWeb.run(configuration)
        } catch {
            throw Self.explain(error, host: host, port: port)
        }
    }

    /// A failure to listen, said plainly: which address, and what to do.
    static func explain(_ error: any Error, host: String, port: Int) -> any Error {
        let text = String(describing: error)
        if text.contains("Address already in use") || text.contains("errno: 98") {
            return LegisError(
                .io,
                "Port \(port) on \(host) is in use (another 'legis serve' or another program): stop it, or choose another port with --port \(port == 8080 ? 8081 : port + 1).")
        }
        if text.contains("Permission denied") || text.contains("errno: 13") {
            return LegisError(
                .io, "Not allowed to listen on port \(port) of \(host): ports below 1024 need privileges; choose another with --port 8080.")
        }
        if text.contains("Cannot assign requested address") || text.contains("errno: 99") {
            return LegisError(.io, "\(host) is not an address of this machine: choose one with --host, e.g. --host 127.0.0.1.")
        }
        return error
    }
}
