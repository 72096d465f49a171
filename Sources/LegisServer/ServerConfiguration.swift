/// Where the web interface finds its workspace and where it listens.
public struct ServerConfiguration: Sendable, Hashable {
    /// The folder of the workspace (a git repository) to serve, read-only.
    public var workspacePath: String
    /// The address to listen on; the loopback address by default.
    public var host: String
    /// The TCP port to listen on.
    public var port: Int
    /// The TLS certificate chain and private key (PEM files): when set, the server speaks HTTPS.
    public var tls: TLSFiles?

    public init(workspacePath: String, host: String = "127.0.0.1", port: Int = 8080, tls: TLSFiles? = nil) {
        self.workspacePath = workspacePath
        self.host = host
        self.port = port
        self.tls = tls
    }
}
