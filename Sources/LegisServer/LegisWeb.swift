public import Hummingbird
public import LegisTracker
public import Logging
import NIOCore

/// The web interface of a workspace: read-only HTML pages and their JSON twins under `/api`.
public enum LegisWeb {
    /// The router with every page, the stylesheet, the security headers, error pages and a log
    /// line per request.
    ///
    /// Fails when the workspace cannot be opened.
    public static func buildRouter(_ configuration: ServerConfiguration) throws(LegisError) -> Router<
        BasicRequestContext
    > {

        let visibility = try Workspace.open(at: configuration.workspacePath).config.visibility
        var site: Site
        do {
            site = try Site(workspacePath: configuration.workspacePath)
            site.secureCookies = configuration.tls != nil
        } catch {
            throw LegisError(.io, error.description)
        }
        let router = Router(context: BasicRequestContext.self, options: .autoGenerateHeadEndpoints)
        router.add(middleware: RequestLogMiddleware())
        router.add(middleware: SecurityHeadersMiddleware())
        router.add(middleware: ErrorPageMiddleware(pages: site.pages))
        router.add(middleware: VisibilityMiddleware(site: site, visibility: visibility))
        site.addRoutes(to: router)
        site.addMemberRoutes(to: router)
        return router
    }

    /// The application serving the workspace at `configuration.host:port`.
    ///
    /// The command line runs it with `try await LegisWeb.makeApplication(config).runService()`.
    /// - Parameters:
    ///   - configuration: the workspace and the address to listen on.
    ///   - logger: where the request lines go; by default `legis.web` at level info.
    ///   - onServerRunning: called once listening, with the port bound (useful with port 0).
    /// - Returns: the Hummingbird application, not yet running.
    /// - Throws: ``LegisError`` when the workspace cannot be opened.
    public static func makeApplication(
        _ configuration: ServerConfiguration, logger: Logger? = nil,
        onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in }
    ) throws(LegisError) -> some ApplicationProtocol {
        let router = try buildRouter(configuration)
        var log = logger ?? Logger(label: "legis.web")
        if logger == nil { log.logLevel = .info }
        return Application(
            router: router, server: try configuration.serverBuilder(),
            configuration: ApplicationConfiguration(
                address: .hostname(configuration.host, port: configuration.port), serverName: "legis"),
            onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? configuration.port) },
            logger: log)
    }

    /// Serves the workspace until the process receives SIGINT or SIGTERM, printing the address
    /// once listening.
    public static func run(_ configuration: ServerConfiguration) async throws {
        let app = try makeApplication(configuration) { port in
            print("Serving \(configuration.workspacePath) on \(configuration.tls == nil ? "http" : "https")://\(configuration.host):\(port)/ (Ctrl-C stops)")
        }
        try await app.runService()
    }
}
