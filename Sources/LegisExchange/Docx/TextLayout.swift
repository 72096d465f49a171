import LegisDocument

/// How each byte of a document's Markdown shows in a word-processor document: as text, not at
/// all (front matter, heading marks, indentation, blank lines), as the space a soft line break
/// becomes, or as the end of a paragraph.
struct TextLayout {
    /// What one byte becomes.
    enum Role: UInt8 {
        case text, hidden, space, paragraphEnd
    }

    /// The role of every byte of the source.
    private(set) var roles: [Role]
    /// The paragraph style of every line, by the line's first byte.
    private var lineStyles: [Int: ParagraphStyle] = [:]
    /// The first byte of every line, ascending.
    private var lineStarts: [Int] = []
    /// The first byte of every provision and its path, ascending.
    private let provisionStarts: [(start: Int, path: ProvisionPath)]
    /// The first byte of every provision, ascending (the starts of ``provisionStarts``).
    private let provisionOffsets: [Int]

    /// The layout of `document`.
    init(_ document: Document) {
        let bytes = Array(document.source.utf8)
        roles = Array(repeating: .text, count: bytes.count)
        provisionStarts = document.allProvisions.map { ($0.range.lowerBound, $0.path) }.sorted { $0.start < $1.start }
        provisionOffsets = provisionStarts.map(\.start)
        let hiddenEnd = document.frontMatter.range?.upperBound ?? 0
        var lines: [Range<Int>] = []
        var start = 0
        for (index, byte) in bytes.enumerated() where byte == 0x0A {
            lines.append(start..<index + 1)
            start = index + 1
        }
        if start < bytes.count { lines.append(start..<bytes.count) }
        lineStarts = lines.map(\.lowerBound)
        let markerLines = Set(provisionStarts.map { Self.lineStart(of: $0.start, in: bytes) })

        enum Kind: Equatable {
            case hidden, blank
            case heading(Int)
            case table, content
        }
        let kinds: [Kind] = lines.map { line in
            if line.upperBound <= hiddenEnd { return .hidden }
            var index = line.lowerBound
            while index < line.upperBound, Self.isSpace(bytes[index]) { index += 1 }
            if index == line.upperBound || bytes[index] == 0x0A || bytes[index] == 0x0D { return .blank }
            if bytes[index] == 0x7C { return .table }
            if index == line.lowerBound, bytes[index] == 0x23 {
                var level = 0
                while index < line.upperBound, bytes[index] == 0x23 {
                    level += 1
                    index += 1
                }
                if level <= 6, index < line.upperBound, bytes[index] == 0x20 || bytes[index] == 0x09 {
                    return .heading(level)
                }
            }
            return .content
        }
        func startsParagraph(_ i: Int) -> Bool {
            switch kinds[i] {
            case .heading, .table: return true
            case .content:
                if i == 0 || markerLines.contains(lines[i].lowerBound) { return true }
                switch kinds[i - 1] {
                case .content: return false
                default: return true
                }
            default: return false
            }
        }
        for (i, line) in lines.enumerated() {
            let kind = kinds[i]
            switch kind {
            case .hidden, .blank:
                for index in line { roles[index] = .hidden }
                continue
            default: break
            }
            // Indentation, heading marks and carriage returns do not show.
            var index = line.lowerBound
            if case .heading = kind {
                while index < line.upperBound, bytes[index] == 0x23 {
                    roles[index] = .hidden
                    index += 1
                }
            }
            while index < line.upperBound, Self.isSpace(bytes[index]) {
                roles[index] = .hidden
                index += 1
            }
            for position in index..<line.upperBound where bytes[position] == 0x0D || bytes[position] == 0x09 {
                roles[position] = bytes[position] == 0x09 ? .space : .hidden
            }
            if bytes[line.upperBound - 1] == 0x0A {
                let endsParagraph: Bool
                switch kind {
                case .heading, .table: endsParagraph = true
                default: endsParagraph = i + 1 == lines.count || kinds[i + 1] != .content || startsParagraph(i + 1)
                }
                roles[line.upperBound - 1] = endsParagraph ? .paragraphEnd : .space
            }
            switch kind {
            case .heading(let level): lineStyles[line.lowerBound] = level == 1 ? .title : .heading(level - 1)
            case .table: lineStyles[line.lowerBound] = .tableRow
            default: lineStyles[line.lowerBound] = .normal
            }
        }
    }

    /// The paragraph style of the line holding byte `offset`.
    func style(at offset: Int) -> ParagraphStyle {
        guard let index = Self.lastIndex(in: lineStarts, atMost: offset) else { return .normal }
        return lineStyles[lineStarts[index]] ?? .normal
    }

    /// The path of the innermost provision holding byte `offset`, if any.
    func provision(at offset: Int) -> ProvisionPath? {
        guard let index = Self.lastIndex(in: provisionOffsets, atMost: offset) else { return nil }
        return provisionStarts[index].path
    }

    private static func lastIndex(in starts: [Int], atMost offset: Int) -> Int? {
        var low = 0
        var high = starts.count
        while low < high {
            let mid = (low + high) / 2
            if starts[mid] <= offset { low = mid + 1 } else { high = mid }
        }
        return low == 0 ? nil : low - 1
    }

    private static func lineStart(of offset: Int, in bytes: [UInt8]) -> Int {
        var index = min(offset, bytes.count)
        while index > 0, bytes[index - 1] != 0x0A { index -= 1 }
        return index
    }

    private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }
}
