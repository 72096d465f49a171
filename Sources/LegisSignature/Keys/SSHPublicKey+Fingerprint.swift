import Crypto

extension SSHPublicKey {
    /// The key's fingerprint as `ssh-keygen -l` prints it: `SHA256:` and unpadded base64.
    public var fingerprint: String {
        let digest = SHA256.hash(data: wireBlob)
        return "SHA256:" + Base64.encode(Array(digest), padded: false)
    }
}
