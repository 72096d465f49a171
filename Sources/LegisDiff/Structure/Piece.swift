import LegisDocument

/// A stretch of a document that belongs to one provision's own text (or, for the first piece,
/// the text before any provision).
///
/// The pieces of a document partition its bytes: each runs from its first byte to the first
/// byte of the next.
struct Piece: Sendable {
    /// The provision's path; `nil` for the text before the first provision.
    var path: ProvisionPath?
    var kind: ProvisionKind?
    var number: String
    var label: String?
    /// The bytes of the piece in the source.
    var range: Range<Int>
    /// The index of the piece of the provision's parent, if any.
    var parent: Int?

    /// The piece's wording without its number (see ``ContentKey``).
    func contentKey(_ bytes: [UInt8]) -> UInt64? {
        ContentKey.of(bytes, range, label: label).key
    }
}

/// The pieces of one document, in order.
struct PieceTable: Sendable {
    let pieces: [Piece]
    /// Each piece's byte range (the same as `pieces[i].range`, kept apart for the loops that read
    /// nothing else).
    let ranges: ByteRanges
    /// A hash of each piece's path (see ``PathIndex/key(_:)``), 0 for no path.
    let pathKeys: [UInt64]

    init(_ document: Document, byteCount: Int) {
        var pieces: [Piece] = []
        pieces.reserveCapacity(document.blocks.count + 1)
        pieces.append(Piece(path: nil, kind: nil, number: "", label: nil, range: 0..<byteCount, parent: nil))
        func visit(_ provision: Provision, parent: Int?) {
            let start = min(max(provision.ownRange.lowerBound, pieces[pieces.count - 1].range.lowerBound), byteCount)
            pieces[pieces.count - 1].range = pieces[pieces.count - 1].range.lowerBound..<start
            pieces.append(
                Piece(
                    path: provision.path, kind: provision.kind, number: provision.number, label: provision.label,
                    range: start..<byteCount, parent: parent))
            let index = pieces.count - 1
            for child in provision.children.indices { visit(provision.children[child], parent: index) }
        }
        for provision in document.provisions.indices { visit(document.provisions[provision], parent: nil) }
        self.pieces = pieces
        ranges = ByteRanges(pieces.map(\.range.lowerBound), pieces.map(\.range.upperBound))
        pathKeys = pieces.map { piece in piece.path.map(PathIndex.key) ?? 0 }
    }

    var count: Int { pieces.count }

    subscript(index: Int) -> Piece { pieces[index] }

    var locator: PieceLocator { PieceLocator(starts: ranges.lowerBounds) }
}
