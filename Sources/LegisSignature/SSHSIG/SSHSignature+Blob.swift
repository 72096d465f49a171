extension SSHSignature {
    /// Reads a signature blob (the decoded armor body).
    public init(blob: [UInt8]) throws(SSHSignatureError) {
        guard blob.starts(with: Self.magic) else { throw .badMagic }
        var reader = SSHWireReader(Array(blob.dropFirst(Self.magic.count)))
        let version = try field(reader.readUInt32(field: "version"))
        guard version == 1 else { throw .unsupportedVersion(version) }
        let keyBlob = try field(reader.readString(field: "public key"))
        let key: SSHPublicKey
        do {
            key = try SSHPublicKey(wireBlob: keyBlob)
        } catch {
            if case .unsupportedKeyType(let type) = error { throw .unsupportedKeyType(type) }
            throw .malformedBlob(reason: "\(error)")
        }
        let namespace = try field(reader.readText(field: "namespace"))
        let reserved = try field(reader.readString(field: "reserved"))
        guard reserved.isEmpty else { throw .malformedBlob(reason: "the reserved field is not empty") }
        let hashName = try field(reader.readText(field: "hash algorithm"))
        guard let hash = HashAlgorithm(rawValue: hashName) else { throw .unsupportedHashAlgorithm(hashName) }
        let signatureBlob = try field(reader.readString(field: "signature"))
        guard reader.isAtEnd else { throw .trailingData(count: reader.remaining) }

        var inner = SSHWireReader(signatureBlob)
        let signatureType = try field(inner.readText(field: "signature type"))
        guard signatureType == SSHPublicKey.ed25519Type else { throw .unsupportedKeyType(signatureType) }
        let raw = try field(inner.readString(field: "signature bytes"))
        guard raw.count == 64 else {
            throw .malformedBlob(reason: "an Ed25519 signature has 64 bytes, not \(raw.count)")
        }
        guard inner.isAtEnd else { throw .trailingData(count: inner.remaining) }
        self.init(publicKey: key, namespace: namespace, hashAlgorithm: hash, rawSignature: raw)
    }
}

/// Evaluates one wire read, turning a failure into a signature error.
private func field<T>(_ read: @autoclosure () throws(SSHWireReader.Failure) -> T) throws(SSHSignatureError) -> T {
    do {
        return try read()
    } catch {
        throw .malformedBlob(reason: "the signature is \(error.summary)")
    }
}
