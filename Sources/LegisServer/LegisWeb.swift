public import Hummingbird
public import LegisTracker
public import Logging
import Foundation
import HummingbirdCore
import LegisGit
import NIOCore
import ServiceLifecycle
import UnixSignals

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
        router.add(middleware: MethodMiddleware())
        router.add(middleware: BlockingWorkMiddleware(executor: .shared))
        router.add(middleware: VisibilityMiddleware(site: site, visibility: visibility))
        site.addRoutes(to: router)
        site.addMemberRoutes(to: router)
        site.addAmendmentRoutes(to: router)
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
        let requestLimit = TimeAmount(configuration.requestTimeout)
        var decoder = HTTP1Channel.Configuration.DecoderConfiguration()
        decoder.maxHeaderListSize = 16 << 10
        decoder.maxHeaderFieldCount = 100
        let http = HTTP1Channel.Configuration(
            additionalChannelHandlers: [RequestDeadlineHandler(limit: requestLimit)],
            idleTimeout: TimeAmount(configuration.idleTimeout), httpDecoderConfiguration: decoder)
        return Application(
            router: router,
            server: try configuration.serverBuilder(http: http),
            configuration: ApplicationConfiguration(
                address: .hostname(configuration.host, port: configuration.port), serverName: "legis"),
            onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? configuration.port) },
            logger: log)
    }

    /// Serves the workspace until the process receives SIGINT or SIGTERM, printing the address
    /// once listening.
    ///
    /// On the signal the server stops accepting connections and lets the requests in progress
    /// finish for up to ``ServerConfiguration/shutdownTimeout``; then it cancels them, and a
    /// request still busy in git or a comparison (which cannot be interrupted) does not hold the
    /// process: it exits at the latest one second after that.
    public static func run(_ configuration: ServerConfiguration) async throws {
        // A server reads packs for as long as it runs: what it read is not kept mapped.
        Repository.limitMappedPacks()
        let app = try makeApplication(configuration) { port in
            // Written at once, not buffered: a log file or a pipe shows the address while serving.
            let scheme = configuration.tls == nil ? "http" : "https"
            let line = "Serving \(configuration.workspacePath) on \(scheme)://\(configuration.host):\(port)/ (Ctrl-C stops)\n"
            FileHandle.standardOutput.write(Data(line.utf8))
        }
        let watchdog = ShutdownWatchdog(limit: configuration.shutdownTimeout + .seconds(1))
        var group = ServiceGroupConfiguration(
            services: [app], gracefulShutdownSignals: [.sigterm, .sigint], logger: app.logger)
        group.maximumGracefulShutdownDuration = configuration.shutdownTimeout
        // No limit of the group's own: past it, the group stops the process with a fatal
        // error, whose crash report takes seconds; the watchdog above ends it cleanly instead.
        group.maximumCancellationDuration = nil
        defer { withExtendedLifetime(watchdog) {} }
        try await ServiceGroup(configuration: group).run()
    }
}
