/// How to connect to a remote besides its URL: which credentials to offer, and whether to trust
/// the host's SSH key. Both are asked during a fetch, push or listing, on the calling thread.
///
/// Without one, libgit2's defaults apply: no credentials at all, and SSH host keys checked
/// against `~/.ssh/known_hosts` only.
public struct RemoteAccess {
    /// The next credential to try for a request, or `nil` to give up (the operation then fails
    /// with ``GitError/Code/authentication`` and ``failure`` as its message).
    public var credentials: (CredentialRequest) -> Credential?
    /// Whether to trust an SSH host's key.
    public var hostKey: (HostKey) -> HostKeyVerdict
    /// Why the last credential request was given up, for the error message.
    public var failure: () -> String?

    public init(
        credentials: @escaping (CredentialRequest) -> Credential?,
        hostKey: @escaping (HostKey) -> HostKeyVerdict,
        failure: @escaping () -> String? = { nil }
    ) {
        self.credentials = credentials
        self.hostKey = hostKey
        self.failure = failure
    }
}

/// What the remote asks for.
public struct CredentialRequest: Sendable, Hashable {
    /// The URL being connected to.
    public var url: String
    /// The user name written in the URL (`git@` in `ssh://git@host/repo`), if any.
    public var username: String?
    /// The kinds of credential the remote accepts.
    public var allowed: Kinds
    /// How many credentials were offered for this connection before (0 for the first request).
    public var attempt: Int

    /// Kinds of credential.
    public struct Kinds: OptionSet, Sendable, Hashable {
        public let rawValue: UInt32
        public init(rawValue: UInt32) { self.rawValue = rawValue }
        /// A user name and password (or token), for HTTPS.
        public static let userPassword = Kinds(rawValue: 1 << 0)
        /// An SSH key, from a file or from ssh-agent.
        public static let sshKey = Kinds(rawValue: 1 << 1)
        /// Only a user name (SSH asks for it first when the URL has none).
        public static let username = Kinds(rawValue: 1 << 5)
    }

    public init(url: String, username: String?, allowed: Kinds, attempt: Int) {
        self.url = url
        self.username = username
        self.allowed = allowed
        self.attempt = attempt
    }
}

/// One credential offered to a remote.
public enum Credential: Sendable, Hashable {
    /// Every key ssh-agent holds (`SSH_AUTH_SOCK`), for `user`.
    case sshAgent(user: String)
    /// A private key file (OpenSSH or PEM format), with its public key file when not beside it.
    case sshKeyFile(user: String, privateKey: String, publicKey: String?, passphrase: String?)
    /// A user name and password or token, for HTTPS.
    case userPassword(user: String, password: String)
    /// Only the user name, when SSH asks for it.
    case username(String)
}

/// The key an SSH host presented.
public struct HostKey: Sendable, Hashable {
    /// The host name as written in the URL.
    public var host: String
    /// The key type, such as `ssh-ed25519`; `nil` when libgit2 does not know it.
    public var type: String?
    /// The key in SSH wire format (what a known_hosts line holds in base64).
    public var key: [UInt8]

    public init(host: String, type: String?, key: [UInt8]) {
        self.host = host
        self.type = type
        self.key = key
    }
}

/// Whether a host key is trusted.
public enum HostKeyVerdict: Sendable, Hashable {
    case trusted
    /// Not trusted, with the reason to report.
    case rejected(String)
}
