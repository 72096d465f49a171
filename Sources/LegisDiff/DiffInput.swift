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

    /// Prepares `document` for comparison.
    public init(_ document: Document) {
        self.document = document
        bytes = document.sourceBytes
        pieces = PieceTable(document, byteCount: bytes.count)
        pathIndex = PathIndex(pieces)
        places = ProvisionPlaces(document)
    }
}
