extension SSHPublicKey {
    /// Reads a key in one-line OpenSSH form: `ssh-ed25519 AAAA... [comment]`.
    ///
    /// Leading and trailing whitespace is ignored; the comment is everything after the blob.
    public init(line: String) throws(SSHKeyError) {
        let trimmed = line.trimmingASCIIWhitespace()
        let fields = trimmed.split(
            maxSplits: 2, omittingEmptySubsequences: true, whereSeparator: { $0 == " " || $0 == "\t" })
        guard fields.count >= 2 else {
            throw .malformedPublicKey(reason: "expected 'ssh-ed25519 <base64> [comment]', got '\(trimmed.prefix(80))'")
        }
        let type = String(fields[0])
        guard type == Self.ed25519Type else { throw .unsupportedKeyType(type) }
        guard let blob = Base64.decode(fields[1].utf8) else {
            throw .malformedPublicKey(reason: "the key's base64 is invalid")
        }
        let comment = fields.count == 3 ? String(fields[2]).trimmingASCIIWhitespace() : nil
        try self.init(wireBlob: blob)
        self.comment = comment.flatMap { $0.isEmpty ? nil : $0 }
    }

    /// Reads a key from its SSH wire encoding: `string("ssh-ed25519") || string(32 bytes)`.
    public init(wireBlob: [UInt8]) throws(SSHKeyError) {
        var reader = SSHWireReader(wireBlob)
        let type: String
        do {
            type = try reader.readText(field: "key type")
        } catch {
            throw .malformedPublicKey(reason: "the key blob is \(error.summary)")
        }
        guard type == Self.ed25519Type else { throw .unsupportedKeyType(type) }
        let raw: [UInt8]
        do {
            raw = try reader.readString(field: "Ed25519 key")
        } catch {
            throw .malformedPublicKey(reason: "the key blob is \(error.summary)")
        }
        guard reader.isAtEnd else {
            throw .malformedPublicKey(reason: "\(reader.remaining) unexpected bytes after the key")
        }
        try self.init(rawKey: raw)
    }
}

extension String {
    /// The string without leading and trailing spaces, tabs, carriage returns and line feeds.
    func trimmingASCIIWhitespace() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return String(self[first...last])
    }
}
