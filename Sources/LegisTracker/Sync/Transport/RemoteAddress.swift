import Foundation

/// The parts of a remote's URL that credentials and host checks need.
struct RemoteAddress: Sendable, Hashable {
    enum Transport: Sendable, Hashable { case ssh, http, local }

    var transport: Transport
    /// `https`, `http`, `ssh`, `file`.
    var scheme: String
    var user: String?
    var host: String
    var port: Int
    /// The path on the host, without its leading slash.
    var path: String

    /// Reads `ssh://[user@]host[:port]/path`, `[user@]host:path` (scp-like SSH), `http(s)://...`,
    /// `file://...` and local paths.
    init(_ url: String) {
        if let range = url.range(of: "://") {
            scheme = url[..<range.lowerBound].lowercased()
            let rest = url[range.upperBound...]
            let slash = rest.firstIndex(of: "/") ?? rest.endIndex
            var authority = rest[..<slash]
            path = String(rest[slash...].drop(while: { $0 == "/" }))
            if let at = authority.lastIndex(of: "@") {
                let userInfo = authority[..<at]
                user = String(userInfo.split(separator: ":", maxSplits: 1).first ?? userInfo).removingPercentEncodingIfAny
                authority = authority[authority.index(after: at)...]
            } else {
                user = nil
            }
            let defaultPort = scheme == "https" ? 443 : scheme == "http" ? 80 : 22
            if let colon = authority.lastIndex(of: ":"), !authority.hasSuffix("]"),
                let number = Int(authority[authority.index(after: colon)...])
            {
                host = String(authority[..<colon])
                port = number
            } else {
                host = String(authority)
                port = defaultPort
            }
            host = host.trimmingCharacters(in: ["[", "]"])
            transport = scheme == "ssh" || scheme == "git+ssh" ? .ssh : scheme.hasPrefix("http") ? .http : .local
        } else if let colon = url.firstIndex(of: ":"), !url[..<colon].contains("/") {
            scheme = "ssh"
            transport = .ssh
            let authority = url[..<colon]
            if let at = authority.lastIndex(of: "@") {
                user = String(authority[..<at])
                host = String(authority[authority.index(after: at)...])
            } else {
                user = nil
                host = String(authority)
            }
            port = 22
            path = String(url[url.index(after: colon)...])
        } else {
            scheme = "file"
            transport = .local
            user = nil
            host = ""
            port = 0
            path = url
        }
    }
}

extension String {
    fileprivate var removingPercentEncodingIfAny: String { removingPercentEncoding ?? self }

    fileprivate func trimmingCharacters(in set: Set<Character>) -> String {
        String(drop(while: set.contains).reversed().drop(while: set.contains).reversed())
    }
}
