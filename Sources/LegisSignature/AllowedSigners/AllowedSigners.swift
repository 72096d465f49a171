public import Foundation

/// The lines of an OpenSSH `allowed_signers` file, as git's `gpg.ssh.allowedSignersFile` reads it.
public struct AllowedSigners: Sendable, Hashable {
    /// One line: a principal allowed to sign in the `git` namespace with one key.
    public struct Entry: Sendable, Hashable {
        /// The principal, such as a stakeholder id.
        public let principal: String
        /// The principal's key.
        public let key: SSHPublicKey
        /// The first day (UTC) the key is valid, if limited.
        public let validAfter: Date?
        /// The day (UTC) from which the key is no longer valid, if limited.
        public let validBefore: Date?

        /// Creates an entry; the principal must be 1–100 characters from `A-Z a-z 0-9 . _ - @ +`.
        ///
        /// ssh-keygen checks the dates against the time git passes, which is the tagger's date: the
        /// signer's own claim. To withdraw a compromised key, use a revocation file, not `validBefore`.
        public init(principal: String, key: SSHPublicKey, validAfter: Date? = nil, validBefore: Date? = nil)
            throws(StatementFormatError)
        {
            let bytes = Array(principal.utf8)
            let allowed: (UInt8) -> Bool = {
                (48...57).contains($0) || (65...90).contains($0) || (97...122).contains($0)
                    || [46, 95, 45, 64, 43].contains($0)
            }
            guard (1...100).contains(bytes.count), bytes.allSatisfy(allowed) else {
                throw .invalidField(
                    field: "principal",
                    reason: "'\(principal.prefix(80))' must be 1–100 characters from A-Z a-z 0-9 . _ - @ +")
            }
            for date in [validAfter, validBefore].compactMap({ $0 }) {
                guard UTCTimestamp.isWritable(Int64(date.timeIntervalSince1970.rounded(.down))) else {
                    throw .invalidField(field: "validity date", reason: "must lie between 1970 and 9999")
                }
            }
            self.principal = principal
            self.key = key
            self.validAfter = validAfter
            self.validBefore = validBefore
        }

        /// The line: `principal namespaces="git"[,valid-after="YYYYMMDD"][,valid-before="YYYYMMDD"] ssh-ed25519 AAAA...`.
        public var line: String {
            var options = ["namespaces=\"git\""]
            if let validAfter { options.append("valid-after=\"\(Self.day(validAfter))\"") }
            if let validBefore { options.append("valid-before=\"\(Self.day(validBefore))\"") }
            return "\(principal) \(options.joined(separator: ",")) \(key.keyType) \(key.base64Blob)"
        }

        private static func day(_ date: Date) -> String {
            UTCTimestamp.compactDate(Int64(date.timeIntervalSince1970.rounded(.down)))
        }
    }

    /// The entries, in file order.
    public var entries: [Entry]

    /// Creates a file from its entries.
    public init(entries: [Entry] = []) {
        self.entries = entries
    }

    /// The file's text: one line per entry, each ending with a line feed.
    public var text: String {
        entries.map { $0.line + "\n" }.joined()
    }
}
