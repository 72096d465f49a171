public import Foundation
public import LegisGit

/// An amendment tabled against a document: a proposed full text on top of a base revision, with
/// its sponsors, rationale and the history of decisions on it.
///
/// Stored as plain git: the commit under `refs/amendments/<document>/<number>` whose chain of
/// first parents leads, through the decisions appended since, to the tabling commit, whose
/// parent is the base revision and whose tree changes only the document.
public struct Amendment: Sendable, Hashable, Encodable {
    /// The document amended.
    public var document: DocumentID
    /// The number, unique per document and never reused.
    public var number: Int
    /// A one-line title.
    public var title: String
    /// Why the change is proposed.
    public var rationale: String
    /// The ids of the registered stakeholders who table it.
    public var sponsors: [String]
    /// The revision the amendment was written against.
    public var base: ObjectID
    /// The tabling commit (its parent is ``base``).
    public var commit: ObjectID
    /// The latest commit under the amendment's ref.
    public var head: ObjectID
    /// The tabling and every decision since, oldest first.
    public var history: [AmendmentDecision]
    /// Paths (at the base) of the provisions the amendment changes.
    public var provisions: [String]

    /// The status the latest decision gave.
    public var status: AmendmentStatus { history.last?.status ?? .tabled }

    /// The ref that holds the amendment.
    public var reference: String { AmendmentRef(document: document, number: number).name }

    enum CodingKeys: String, CodingKey {
        case document, number, title, rationale, sponsors, base, commit, status, history, provisions, reference
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(document, forKey: .document)
        try container.encode(number, forKey: .number)
        try container.encode(title, forKey: .title)
        try container.encode(rationale, forKey: .rationale)
        try container.encode(sponsors, forKey: .sponsors)
        try container.encode(base.hex, forKey: .base)
        try container.encode(commit.hex, forKey: .commit)
        try container.encode(status, forKey: .status)
        try container.encode(history, forKey: .history)
        try container.encode(provisions, forKey: .provisions)
        try container.encode(reference, forKey: .reference)
    }
}
