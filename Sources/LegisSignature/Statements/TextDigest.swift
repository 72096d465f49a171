import Crypto

/// SHA-256 digests as lower-case hex.
enum TextDigest {
    static func sha256Hex(_ bytes: [UInt8]) -> String {
        Hex.encode(SHA256.hash(data: bytes))
    }
}
