/// What a verification found for one endorsement.
public enum EndorsementStatus: String, Sendable, Hashable, Codable, CaseIterable {
    /// Valid, and the endorsed text (or the provisions in its scope) is unchanged at the latest revision.
    case current
    /// Valid, but the text changed after signing.
    case stale
    /// Not valid: see the reason.
    case invalid
    /// Withdrawn by a signed revocation of the same stakeholder.
    case revoked
}
