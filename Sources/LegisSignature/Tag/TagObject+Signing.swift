extension TagObject {
    /// The tag object signed by `signer`: the payload with the armored SSH signature appended,
    /// exactly as git writes an SSH-signed tag.
    ///
    /// The signature is checked before it is used, so a signer that returns something else than
    /// a valid signature of this payload by its key is reported as an error.
    public func signed(with signer: some Signer) throws -> [UInt8] {
        let payload = self.payload
        let armored = try signer.sign(payload)
        do {
            let signature = try SSHSignature.parse(armored: armored)
            try signature.check(message: payload, namespace: "git", signedBy: signer.publicKey)
            return payload + Array(signature.armored.utf8)
        } catch {
            throw TagObjectError.signature(error)
        }
    }
}
