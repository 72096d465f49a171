import Crypto

/// The host keys an OpenSSH `known_hosts` file trusts, and the check of a presented key
/// against them, as `ssh` does it: plain and hashed (`|1|salt|hash`) host names, `[host]:port`
/// for ports other than 22, `*` and `?` patterns, `!` negations, and `@revoked` keys.
/// (`@cert-authority` lines are skipped: certificates are not supported.)
public struct KnownHosts: Sendable {
    /// One usable line.
    struct Entry: Sendable {
        var patterns: [Substring]
        var revoked: Bool
        var keyType: String
        var key: [UInt8]
        var line: Int
        var file: String
    }

    var entries: [Entry] = []

    public init() {}

    /// Adds the lines of a known_hosts file; `file` names it in verdicts. Malformed lines are
    /// skipped, as ssh does.
    public mutating func add(_ text: String, file: String) {
        for (number, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingSpaces()
            guard !line.isEmpty, !line.hasPrefix("#") else { continue }
            var fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
            var revoked = false
            if let marker = fields.first, marker.hasPrefix("@") {
                guard marker == "@revoked" else { continue }
                revoked = true
                fields.removeFirst()
            }
            guard fields.count >= 3, let key = Base64.decode(fields[2].utf8) else { continue }
            entries.append(
                Entry(
                    patterns: fields[0].split(separator: ","), revoked: revoked, keyType: String(fields[1]), key: key,
                    line: number + 1, file: file))
        }
    }

    /// The outcome of checking a key.
    public enum Verdict: Sendable, Hashable {
        /// A line names the host with this key.
        case trusted(file: String, line: Int)
        /// The key is marked `@revoked`.
        case revoked(file: String, line: Int)
        /// The host is known with other keys: it may be an impostor (or its key was replaced).
        case changed(file: String, line: Int)
        /// No line names the host.
        case unknown
    }

    /// Checks the key (SSH wire format) that `host` presented on `port`.
    public func check(host: String, port: Int, key: [UInt8]) -> Verdict {
        let name = port == 22 ? host : "[\(host)]:\(port)"
        var changed: Entry?
        var trusted: Entry?
        for entry in entries where Self.matches(entry.patterns, name: name) {
            if entry.key == key {
                if entry.revoked { return .revoked(file: entry.file, line: entry.line) }
                trusted = trusted ?? entry
            } else if !entry.revoked {
                changed = changed ?? entry
            }
        }
        if let trusted { return .trusted(file: trusted.file, line: trusted.line) }
        if let changed { return .changed(file: changed.file, line: changed.line) }
        return .unknown
    }

    /// The `SHA256:...` fingerprint of a key in SSH wire format, as `ssh-keygen -l` prints it.
    public static func fingerprint(_ key: [UInt8]) -> String {
        "SHA256:" + Base64.encode(Array(SHA256.hash(data: key)), padded: false)
    }

    /// Whether a comma-separated pattern list matches `name`: some pattern matches and no
    /// negated one does.
    static func matches(_ patterns: [Substring], name: String) -> Bool {
        var matched = false
        for pattern in patterns {
            if pattern.hasPrefix("|1|") {
                if hashedMatches(pattern, name: name) { matched = true }
            } else if pattern.hasPrefix("!") {
                if wildcard(Array(pattern.dropFirst().lowercased().utf8), Array(name.lowercased().utf8)) { return false }
            } else if wildcard(Array(pattern.lowercased().utf8), Array(name.lowercased().utf8)) {
                matched = true
            }
        }
        return matched
    }

    /// `|1|base64(salt)|base64(HMAC-SHA1(salt, name))`.
    static func hashedMatches(_ pattern: Substring, name: String) -> Bool {
        let parts = pattern.split(separator: "|")
        guard parts.count == 3, let salt = Base64.decode(parts[1].utf8), let hash = Base64.decode(parts[2].utf8) else {
            return false
        }
        let code = HMAC<Insecure.SHA1>.authenticationCode(for: Array(name.utf8), using: SymmetricKey(data: salt))
        return Array(code) == hash
    }

    /// `*` (any run) and `?` (one character) matching.
    static func wildcard(_ pattern: [UInt8], _ text: [UInt8]) -> Bool {
        var p = 0
        var t = 0
        var star = -1
        var mark = 0
        while t < text.count {
            if p < pattern.count, pattern[p] == UInt8(ascii: "?") || pattern[p] == text[t] {
                p += 1
                t += 1
            } else if p < pattern.count, pattern[p] == UInt8(ascii: "*") {
                star = p
                mark = t
                p += 1
            } else if star >= 0 {
                p = star + 1
                mark += 1
                t = mark
            } else {
                return false
            }
        }
        while p < pattern.count, pattern[p] == UInt8(ascii: "*") { p += 1 }
        return p == pattern.count
    }
}

extension Substring {
    fileprivate func trimmingSpaces() -> Substring {
        var result = self
        while let first = result.first, first == " " || first == "\t" || first == "\r" { result.removeFirst() }
        while let last = result.last, last == " " || last == "\t" || last == "\r" { result.removeLast() }
        return result
    }
}
