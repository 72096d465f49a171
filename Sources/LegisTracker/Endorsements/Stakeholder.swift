public import Foundation

/// A person or organisation that endorses texts, with the public keys it signs with.
public struct Stakeholder: Sendable, Hashable {
    /// One registered public key and when it may be used.
    public struct Key: Sendable, Hashable {
        /// The key in OpenSSH one-line form: `ssh-ed25519 AAAA... comment`.
        public var openSSH: String
        /// The first day the key may sign (inclusive), if limited.
        public var validFrom: Date?
        /// The last day the key may sign (inclusive), if limited.
        public var validUntil: Date?
        /// Whether the key was revoked as compromised: nothing it ever signed counts.
        public var revoked: Bool
        /// Why the key was revoked (e.g. `compromised`), when recorded.
        public var revokedReason: String?
        /// The day the revocation was recorded.
        public var revokedOn: Date?
        /// The first day the key no longer signs (retired: lost laptop, person left); what it
        /// signed before stays valid.
        public var retiredFrom: Date?
        /// Why the key was retired, when recorded.
        public var retiredReason: String?

        public init(
            openSSH: String, validFrom: Date? = nil, validUntil: Date? = nil, revoked: Bool = false,
            revokedReason: String? = nil, revokedOn: Date? = nil, retiredFrom: Date? = nil, retiredReason: String? = nil
        ) {
            self.openSSH = openSSH
            self.validFrom = validFrom
            self.validUntil = validUntil
            self.revoked = revoked
            self.revokedReason = revokedReason
            self.revokedOn = revokedOn
            self.retiredFrom = retiredFrom
            self.retiredReason = retiredReason
        }

        /// Whether the key was retired on or before `date`.
        public func isRetired(at date: Date) -> Bool {
            guard let retiredFrom else { return false }
            return date >= retiredFrom
        }

        /// The key type and base64 blob, without the comment: how keys are compared.
        public var identity: String {
            openSSH.split(separator: " ").prefix(2).joined(separator: " ")
        }

        /// Whether the key may sign at `date`.
        public func isValid(at date: Date) -> Bool {
            if let validFrom, date < validFrom { return false }
            if let validUntil, date >= validUntil.addingTimeInterval(86_400) { return false }
            return true
        }
    }

    public var id: String
    public var name: String
    public var category: StakeholderCategory
    public var contact: String?
    public var keys: [Key]

    public init(id: String, name: String, category: StakeholderCategory, contact: String?, keys: [Key]) {
        self.id = id
        self.name = name
        self.category = category
        self.contact = contact
        self.keys = keys
    }

    /// Checks a stakeholder id: lowercase letters, digits and `-`, 2 to 64 characters.
    public static func validate(id: String) throws(LegisError) {
        let ok = (2...64).contains(id.count) && !id.hasPrefix("-")
            && id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
        guard ok else {
            throw LegisError(.usage, "The stakeholder id '\(id)' is not valid: use 2–64 lowercase letters, digits and '-', e.g. 'ngo-safe-home'.")
        }
    }
}
