/// Where the web interface finds its workspace and where it listens, and its limits.
public struct ServerConfiguration: Sendable, Hashable {
    /// The folder of the workspace (a git repository) to serve, read-only.
    public var workspacePath: String
    /// The address to listen on; the loopback address by default.
    public var host: String
    /// The TCP port to listen on.
    public var port: Int
    /// How long a connection may stay without a complete request: idle, kept alive between
    /// requests, or sending a request head slowly. Then it is closed.
    public var idleTimeout: Duration
    /// The longest one request may hold its connection, from its head to the end of the
    /// response (a slow body, a slow handler, a client that does not read). Then it is closed.
    public var requestTimeout: Duration
    /// How long SIGTERM or SIGINT waits for requests in progress before the process exits anyway.
    public var shutdownTimeout: Duration
    /// The TLS certificate chain and private key (PEM files): when set, the server speaks HTTPS.
    public var tls: TLSFiles?

    public init(
        workspacePath: String, host: String = "127.0.0.1", port: Int = 8080, idleTimeout: Duration = .seconds(10),
        requestTimeout: Duration = .seconds(30), shutdownTimeout: Duration = .seconds(5), tls: TLSFiles? = nil
    ) {
        self.workspacePath = workspacePath
        self.host = host
        self.port = port
        self.idleTimeout = idleTimeout
        self.requestTimeout = requestTimeout
        self.shutdownTimeout = shutdownTimeout
        self.tls = tls
    }
}
