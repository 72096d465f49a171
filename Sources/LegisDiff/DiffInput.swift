public import LegisDocument

/// One version of a document made ready for ``DocumentDiff``: its bytes, cut into the pieces
/// its provisions own, and those pieces indexed by path.
public struct DiffInput: Sendable {
    /// The document.
    public let document: Document
    let bytes: [UInt8]
    let pieces: PieceTable
    let pathIndex: PathIndex
    let places: ProvisionPlaces

    /// Prepares `document` for comparison; with `places`, the redline will also say in which
    /// provision each piece of text stands (``Redline/oldPlaces``), which the renderings for
    /// readers need and JSON does not.
    public init(_ document: Document, places: Bool = true) {
        self.document = document
        bytes = document.sourceBytes
        pieces = PieceTable(document, byteCount: bytes.count)
        pathIndex = PathIndex(pieces)
        self.places = places ? ProvisionPlaces(document) : ProvisionPlaces()
    }
}
