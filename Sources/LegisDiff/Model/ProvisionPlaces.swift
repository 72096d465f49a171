public import LegisDocument

/// The provisions of one version in document order, each with where its own text starts, its
/// heading and its parent: to say in which provision, under which heading, a change lies.
public struct ProvisionPlaces: Sendable, Hashable {
    /// One provision.
    public struct Place: Sendable, Hashable {
        /// Its path (`art-5/par-2`).
        public var path: ProvisionPath
        /// Its kind.
        public var kind: ProvisionKind
        /// Its heading: the one after its marker, or the short line right under a marker that
        /// stands alone on its line (`Articolul 5` then `Licențierea`).
        public var heading: String?
        /// The first byte of its own text in the source.
        public var start: Int
        /// The index of its parent, if it has one.
        public var parent: Int?
    }

    /// The provisions, depth first, in document order.
    public private(set) var places: [Place] = []

    /// No provisions (a plain text).
    public init() {}

    /// The provisions of `document`.
    public init(_ document: Document) {
        let bytes = document.sourceBytes
        var start = 0
        // A provision starts a block of its own (as in ``PieceTable``): room for all at once.
        places.reserveCapacity(document.blocks.count)
        func visit(_ provision: Provision, parent: Int?) {
            start = min(max(provision.ownRange.lowerBound, start), bytes.count)
            places.append(
                Place(
                    path: provision.path, kind: provision.kind,
                    heading: provision.heading ?? Self.titleLine(bytes, provision),
                    start: start, parent: parent))
            let index = places.count - 1
            for child in provision.children { visit(child, parent: index) }
        }
        for provision in document.provisions { visit(provision, parent: nil) }
    }

    /// The index of the provision whose own text holds byte `offset`; nil before the first.
    public func index(at offset: Int) -> Int? {
        var low = 0
        var high = places.count
        while low < high {
            let mid = (low + high) / 2
            if places[mid].start <= offset { low = mid + 1 } else { high = mid }
        }
        return low == 0 ? nil : low - 1
    }

    /// The heading a reader looks for above provision `index`: that of the article it is or lies
    /// in, or, outside any article, its own or its nearest ancestor's.
    public func heading(of index: Int) -> String? {
        var current: Int? = index
        var nearest: String?
        while let at = current {
            let place = places[at]
            if place.kind == .article { return place.heading }
            if nearest == nil { nearest = place.heading }
            current = place.parent
        }
        return nearest
    }

    /// The line right under a provision's marker when the marker stands alone on its line and
    /// that line is all the rest of its own text, short and without a closing full stop (the
    /// title of `Articolul 5` / `Licențierea`); nil otherwise.
    private static func titleLine(_ bytes: [UInt8], _ provision: Provision) -> String? {
        guard provision.kind <= .article else { return nil }
        let range = provision.ownRange.clamped(to: 0..<bytes.count)
        // The lines of its own text that are not blank, up to three.
        var filled: [ArraySlice<UInt8>] = []
        var lineStart = range.lowerBound
        while lineStart < range.upperBound && filled.count < 3 {
            let lineEnd = bytes[lineStart..<range.upperBound].firstIndex(of: 0x0A) ?? range.upperBound
            let line = bytes[lineStart..<lineEnd].trimmed
            if !line.isEmpty { filled.append(line) }
            lineStart = lineEnd + 1
        }
        guard filled.count == 2, filled[0].count <= provision.label.utf8.count + 2, let last = filled[1].last,
            filled[1].count <= 120, !".;:!?".utf8.contains(last), filled[1].first != UInt8(ascii: "(")
        else { return nil }
        return String(decoding: filled[1], as: UTF8.self)
    }
}

extension ArraySlice<UInt8> {
    /// The bytes without spaces, tabs, carriage returns and Markdown `#` or `*` at either end.
    fileprivate var trimmed: ArraySlice<UInt8> {
        let edge: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D || $0 == 0x23 || $0 == 0x2A }
        var slice = self
        while let first = slice.first, edge(first) { slice = slice.dropFirst() }
        while let last = slice.last, edge(last) { slice = slice.dropLast() }
        return slice
    }
}
