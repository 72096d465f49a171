import Crypto

extension SSHSignature {
    /// Whether this is a valid signature of `message` for `namespace`.
    ///
    /// This checks the signature against the key it names; check ``publicKey`` against the key
    /// you trust, or use ``check(message:namespace:signedBy:)``.
    public func verify(message: [UInt8], namespace: String = "git") -> Bool {
        do {
            try check(message: message, namespace: namespace)
            return true
        } catch {
            return false
        }
    }

    /// Checks that this is a valid signature of `message` for `namespace`, made by `expectedKey`
    /// when one is given; throws the reason otherwise.
    public func check(
        message: [UInt8], namespace: String = "git", signedBy expectedKey: SSHPublicKey? = nil
    ) throws(SSHSignatureError) {
        guard self.namespace == namespace else { throw .namespaceMismatch(expected: namespace, found: self.namespace) }
        if let expectedKey, expectedKey != publicKey {
            throw .unexpectedKey(expected: expectedKey.fingerprint, found: publicKey.fingerprint)
        }
        let toVerify = Self.signedData(message: message, namespace: namespace, hashAlgorithm: hashAlgorithm)
        guard let key = try? Curve25519.Signing.PublicKey(rawRepresentation: publicKey.rawKey),
            key.isValidSignature(rawSignature, for: toVerify)
        else {
            throw .invalidSignature
        }
    }
}
