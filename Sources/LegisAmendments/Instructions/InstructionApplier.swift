import LegisDocument

/// Carries out amending instructions on a document: all or nothing.
///
/// Provisions are found by the numbers they have in the text being amended; a provision
/// inserted by an earlier instruction can anchor a later insertion. Instructions that touch the
/// same provision twice in ways that cannot both hold (a change inside a provision already
/// replaced or repealed) are refused.
struct InstructionApplier {
    let document: Document
    let pieces: [TextPiece]
    /// The piece index of each provision path, and the index of its last descendant piece.
    var own: [ProvisionPath: Int] = [:]
    var last: [ProvisionPath: Int] = [:]
    /// The whole range of each provision.
    var extents: [ProvisionPath: Range<Int>] = [:]
    /// The current text of each piece; nil once repealed.
    var texts: [String?]
    /// Pieces replaced or repealed whole.
    var replaced = Set<Int>()
    /// Pieces changed word by word.
    var edited = Set<Int>()
    /// New provisions at the start of a piece's children, and after a piece, in order.
    var atStart: [Int: [(path: ProvisionPath, text: String)]] = [:]
    var after: [Int: [(path: ProvisionPath, text: String)]] = [:]
    /// The marker of each provision's piece as the text now writes it (`Article 5`, `(2)`).
    var labels: [Int: String] = [:]

    init(_ document: Document) {
        self.document = document
        pieces = document.pieces
        texts = pieces.map(\.text)
        for provision in document.allProvisions where extents[provision.path] == nil {
            extents[provision.path] = provision.range
        }
        for (index, piece) in pieces.enumerated() {
            guard let path = piece.path else { continue }
            if own[path] == nil { own[path] = index }
        }
        for (index, provision) in document.allProvisions.enumerated() { labels[index + 1] = provision.label }
        // A provision's last piece: the last piece before the next one outside it.
        var stack: [(ProvisionPath, Int)] = []
        for (index, piece) in pieces.enumerated() {
            guard let path = piece.path else { continue }
            while let top = stack.last, !isInside(index, top.0) {
                last[top.0] = index - 1
                stack.removeLast()
            }
            stack.append((path, index))
        }
        for (path, _) in stack { last[path] = pieces.count - 1 }
    }

    /// Whether piece `index` lies inside the provision at `path`.
    private func isInside(_ index: Int, _ path: ProvisionPath) -> Bool {
        guard let start = own[path], let extent = extents[path], index > start else { return false }
        return pieces[index].range.lowerBound < extent.upperBound
    }

    mutating func apply(_ instruction: Instruction, line: Int, language: InstructionLanguage) throws(InstructionError) {
        func name(_ path: ProvisionPath) -> String { language.reference(path) }
        func span(_ path: ProvisionPath) throws(InstructionError) -> ClosedRange<Int> {
            guard let start = own[path], let end = last[path] else {
                throw InstructionError(line: line, "\(name(path)) is not a provision of the text (\(path)).")
            }
            return start...end
        }
        switch instruction {
        case .replaceOpening(let text):
            guard !replaced.contains(0), !edited.contains(0) else {
                throw InstructionError(line: line, "the opening text is changed twice.")
            }
            texts[0] = text
            replaced.insert(0)
        case .replaceProvision(let target, let text):
            let range = try span(target)
            try claim(range, line: line, name: name(target))
            texts[range.lowerBound] = text
            for index in range.dropFirst() { texts[index] = nil }
        case .repeal(let target):
            let range = try span(target)
            try claim(range, line: line, name: name(target))
            for index in range { texts[index] = nil }
        case .replaceWords(let target, let old, let new):
            let range = try span(target)
            let index = range.lowerBound
            guard !replaced.contains(index), let current = texts[index] else {
                throw InstructionError(line: line, "\(name(target)) was replaced or repealed by an earlier instruction.")
            }
            texts[index] = try Self.replace(old, with: new, in: current, line: line, name: name(target))
            edited.insert(index)
        case .insertAfter(let anchor, let new, let text):
            if let (key, position, isStart) = inserted(anchor) {
                if isStart { atStart[key, default: []].insert((new, text), at: position + 1) } else {
                    after[key, default: []].insert((new, text), at: position + 1)
                }
            } else {
                let range = try span(anchor)
                after[range.upperBound, default: []].append((new, text))
            }
        case .renumber(let target, let new):
            try renumber([target], as: [new], line: line, language: language)
        case .renumberAll(let targets, let new):
            try renumber(targets, as: new, line: line, language: language)
        case .insertAtStart(let parent, let new, let text):
            let range = try span(parent)
            atStart[range.lowerBound, default: []].append((new, text))
        }
    }

    /// Where a provision inserted earlier stands: its list, its position, and whether the list is
    /// a start-of-children list.
    private func inserted(_ path: ProvisionPath) -> (Int, Int, Bool)? {
        for (key, list) in atStart { if let position = list.firstIndex(where: { $0.path == path }) { return (key, position, true) } }
        for (key, list) in after { if let position = list.firstIndex(where: { $0.path == path }) { return (key, position, false) } }
        return nil
    }

    /// Marks the pieces of a provision replaced; refuses pieces already changed.
    private mutating func claim(_ range: ClosedRange<Int>, line: Int, name: String) throws(InstructionError) {
        for index in range where replaced.contains(index) || edited.contains(index) || texts[index] == nil {
            throw InstructionError(line: line, "\(name) was already changed by an earlier instruction.")
        }
        for index in range { replaced.insert(index) }
    }

    /// The text with its one occurrence of the words `old` (spacing aside) replaced by `new`.
    static func replace(_ old: String, with new: String, in text: String, line: Int, name: String) throws(InstructionError) -> String {
        let wanted = WordTokens.words(of: old)
        guard !wanted.isEmpty else { throw InstructionError(line: line, "the words to replace are empty.") }
        let tokens = WordTokens(text)
        let matches = tokens.occurrences(of: wanted)
        guard let match = matches.first else {
            throw InstructionError(line: line, "the words ‘\(old)’ are not in \(name).")
        }
        guard matches.count == 1 else {
            throw InstructionError(line: line, "the words ‘\(old)’ occur \(matches.count) times in \(name): quote more of them.")
        }
        let bytes = Array(text.utf8)
        let range = tokens.byteRange(match)
        return String(decoding: bytes[..<range.lowerBound] + Array(new.utf8) + bytes[range.upperBound...], as: UTF8.self)
    }

    /// The amended text.
    func result() -> String {
        var out = ""
        for index in pieces.indices {
            if let text = texts[index] { out += text }
            for entry in atStart[index] ?? [] { out += entry.text }
            for entry in after[index] ?? [] { out += entry.text }
        }
        return out
    }
}
