/// The name of an endorsement ref: `refs/endorsements/<document>/<stakeholder>/<n>`, and of its
/// revocation `…/<n>-revocation`. Every such ref has the same depth: the document id is one
/// percent-encoded segment.
public struct EndorsementRef: Sendable, Hashable, CustomStringConvertible {
    public static let prefix = "refs/endorsements/"

    public var document: DocumentID
    public var stakeholder: String
    public var number: Int
    /// Whether this ref holds a revocation of endorsement `number`.
    public var isRevocation: Bool

    public init(document: DocumentID, stakeholder: String, number: Int, isRevocation: Bool = false) {
        self.document = document
        self.stakeholder = stakeholder
        self.number = number
        self.isRevocation = isRevocation
    }

    /// Parses a full ref name; nil when it is not in the expected form.
    public init?(name: String) {
        guard name.hasPrefix(Self.prefix) else { return nil }
        let parts = name.dropFirst(Self.prefix.count).split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 3, let document = try? DocumentID(refSegment: String(parts[0])),
            (try? Stakeholder.validate(id: String(parts[1]))) != nil
        else { return nil }
        var last = parts[2]
        let revocation = last.hasSuffix("-revocation")
        if revocation { last = last.dropLast("-revocation".count) }
        guard let number = Int(last), number > 0, String(number) == last else { return nil }
        self.init(document: document, stakeholder: String(parts[1]), number: number, isRevocation: revocation)
    }

    /// The full ref name.
    public var name: String {
        "\(Self.prefix)\(document.refSegment)/\(stakeholder)/\(number)\(isRevocation ? "-revocation" : "")"
    }

    /// The endorsement this ref belongs to (itself, or the one a revocation revokes).
    public var endorsement: EndorsementRef {
        EndorsementRef(document: document, stakeholder: stakeholder, number: number)
    }

    public var description: String { name }
}
