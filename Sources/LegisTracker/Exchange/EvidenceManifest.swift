/// `manifest.json` of an evidence package: what the package holds and which revision it is about.
public struct EvidenceManifest: Sendable, Hashable, Codable {
    /// One endorsement (or revocation) in the package.
    public struct Endorsement: Sendable, Hashable, Codable {
        /// The ref in the bundle (`refs/endorsements/<document>/<stakeholder>/<n>`).
        public var ref: String
        /// The tag object's id.
        public var tag: String
        /// The file holding the tag object's bytes (`endorsements/<stakeholder>-<n>.tag`).
        public var file: String
        /// The endorsed commit (one holding the same text as the revision).
        public var commit: String
        /// The stakeholder id (the principal in `allowed_signers`).
        public var stakeholder: String
        /// The signing date, `YYYYMMDDHHMMSS` in UTC, for `ssh-keygen -Overify-time=`.
        public var signedAt: String
        /// Whether this is a revocation of an endorsement.
        public var revocation: Bool
        /// The status Legis found when the package was made.
        public var status: String
    }

    /// Format version of the package.
    public var format: Int
    public var document: String
    /// The document's path in the repository.
    public var path: String
    /// The revision's commit.
    public var commit: String
    /// The text's blob.
    public var blob: String
    /// SHA-256 of `text.md`.
    public var textSHA256: String
    /// The branch tip when the package was made (the registry is read there).
    public var registryCommit: String
    /// When the package was made (ISO 8601).
    public var created: String
    public var endorsements: [Endorsement]
    /// SHA-256 of every other file in the package, by path.
    public var files: [String: String]
}
