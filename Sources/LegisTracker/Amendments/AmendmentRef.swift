/// The name of the ref that holds an amendment: `refs/amendments/<document>/<number>`.
public struct AmendmentRef: Sendable, Hashable {
    /// The prefix of every amendment ref.
    public static let prefix = "refs/amendments/"

    public var document: DocumentID
    public var number: Int

    public init(document: DocumentID, number: Int) {
        self.document = document
        self.number = number
    }

    /// Parses a ref name; nil for anything else.
    public init?(name: String) {
        guard name.hasPrefix(Self.prefix) else { return nil }
        let parts = name.dropFirst(Self.prefix.count).split(separator: "/")
        guard parts.count == 2, let number = Int(parts[1]), number > 0, String(number) == parts[1],
            let document = try? DocumentID(refSegment: String(parts[0]))
        else { return nil }
        self.document = document
        self.number = number
    }

    /// The ref name.
    public var name: String { "\(Self.prefix)\(document.refSegment)/\(number)" }

    /// The prefix of the refs of every amendment to `document`.
    static func prefix(of document: DocumentID) -> String { "\(prefix)\(document.refSegment)/" }
}
