extension SSHPrivateKey {
    static let beginMarker = "-----BEGIN OPENSSH PRIVATE KEY-----"
    static let endMarker = "-----END OPENSSH PRIVATE KEY-----"
    static let magic: [UInt8] = Array("openssh-key-v1".utf8) + [0]

    /// Reads an unencrypted OpenSSH private key file (`-----BEGIN OPENSSH PRIVATE KEY-----`).
    ///
    /// Throws ``SSHKeyError/encrypted`` for a passphrase-protected key, so that the caller can
    /// sign through `ssh-keygen` instead.
    public init(openSSHFormat text: String) throws(SSHKeyError) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { String($0).trimmingASCIIWhitespace() }
            .filter { !$0.isEmpty }
        guard let begin = lines.firstIndex(of: Self.beginMarker) else {
            throw .malformedPrivateKey(reason: "no '\(Self.beginMarker)' line: not an OpenSSH private key file")
        }
        guard let end = lines.firstIndex(of: Self.endMarker), end > begin else {
            throw .malformedPrivateKey(reason: "no '\(Self.endMarker)' line after the key")
        }
        guard let blob = Base64.decode(lines[(begin + 1)..<end].joined().utf8) else {
            throw .malformedPrivateKey(reason: "the key's base64 is invalid")
        }
        try self.init(keyBlob: blob)
    }

    /// Reads the binary `openssh-key-v1` structure.
    init(keyBlob: [UInt8]) throws(SSHKeyError) {
        guard keyBlob.starts(with: Self.magic) else {
            throw .malformedPrivateKey(reason: "the key does not start with 'openssh-key-v1'")
        }
        var reader = SSHWireReader(Array(keyBlob.dropFirst(Self.magic.count)))
        let cipher = try wire(reader.readText(field: "cipher name"))
        let kdf = try wire(reader.readText(field: "kdf name"))
        _ = try wire(reader.readString(field: "kdf options"))
        guard cipher == "none", kdf == "none" else { throw .encrypted }
        let count = try wire(reader.readUInt32(field: "key count"))
        guard count == 1 else {
            throw .malformedPrivateKey(reason: "the file holds \(count) keys; exactly one is supported")
        }
        let outerPublicKey = try SSHPublicKey(wireBlob: wire(reader.readString(field: "public key")))
        let section = try wire(reader.readString(field: "private section"))
        guard reader.isAtEnd else {
            throw .malformedPrivateKey(reason: "\(reader.remaining) unexpected bytes after the private section")
        }
        try self.init(privateSection: section, outerPublicKey: outerPublicKey)
    }

    /// Reads the unencrypted private section: check ints, key, comment, padding.
    private init(privateSection: [UInt8], outerPublicKey: SSHPublicKey) throws(SSHKeyError) {
        guard privateSection.count % 8 == 0 else {
            throw .malformedPrivateKey(reason: "the private section is not padded to 8 bytes")
        }
        var reader = SSHWireReader(privateSection)
        let check1 = try wire(reader.readUInt32(field: "check int"))
        let check2 = try wire(reader.readUInt32(field: "check int"))
        guard check1 == check2 else {
            throw .malformedPrivateKey(reason: "the check integers differ (wrong passphrase or damaged file)")
        }
        let type = try wire(reader.readText(field: "key type"))
        guard type == SSHPublicKey.ed25519Type else { throw .unsupportedKeyType(type) }
        let pub = try wire(reader.readString(field: "public key"))
        let secret = try wire(reader.readString(field: "private key"))
        let comment = try wire(reader.readText(field: "comment"))
        let padding = try wire(reader.readBytes(reader.remaining, field: "padding"))
        guard padding.count < 8, padding.enumerated().allSatisfy({ $0.element == UInt8($0.offset + 1) }) else {
            throw .malformedPrivateKey(reason: "the padding after the comment is not 1, 2, 3, ...")
        }
        guard pub.count == 32, secret.count == 64 else {
            throw .malformedPrivateKey(reason: "an Ed25519 entry has a 32-byte public and a 64-byte private key")
        }
        guard Array(secret[32...]) == pub, pub == outerPublicKey.rawKey else {
            throw .malformedPrivateKey(reason: "the public key in the file does not match the private key")
        }
        try self.init(seed: Array(secret[..<32]), comment: comment)
        guard publicKey.rawKey == pub else {
            throw .malformedPrivateKey(reason: "the private key does not derive the stored public key")
        }
    }
}

/// Evaluates one wire read, turning a failure into a private-key error.
private func wire<T>(_ read: @autoclosure () throws(SSHWireReader.Failure) -> T) throws(SSHKeyError) -> T {
    do {
        return try read()
    } catch {
        throw .malformedPrivateKey(reason: "the key file is \(error.summary)")
    }
}
