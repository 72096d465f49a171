import Yams

/// Finds the YAML front matter at the start of a document and reads its fields: simple
/// `key: value` lines directly, anything else with Yams.
enum FrontMatterReader {
    /// The front matter (empty when there is none), where the body starts and its first line.
    static func read(
        _ bytes: UnsafeBufferPointer<UInt8>
    ) throws(DocumentError) -> (frontMatter: FrontMatter, bodyStart: Int, bodyLine: Int) {
        var start = 0
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }
        let first = lineBounds(bytes, start)
        guard isDelimiter(bytes, first.start, first.contentEnd) else {
            return (FrontMatter(), 0, 1)
        }
        var lineStart = first.next
        var line = 2
        while lineStart < bytes.count {
            let bounds = lineBounds(bytes, lineStart)
            if isDelimiter(bytes, lineStart, bounds.contentEnd) {
                let yamlRange = first.next..<lineStart
                var frontMatter: FrontMatter
                if let simple = simpleFields(bytes, yamlRange) {
                    frontMatter = simple
                } else {
                    frontMatter = try fields(ByteClass.string(bytes, yamlRange))
                }
                frontMatter.range = 0..<bounds.next
                return (frontMatter, bounds.next, line + 1)
            }
            lineStart = bounds.next
            line += 1
        }
        throw DocumentError(
            .unterminatedFrontMatter, line: 1, offset: start,
            message: "line 1: the front matter opened with `---` is never closed; "
                + "add a line `---` after its last field")
    }

    /// Reads the fields of the YAML text between the delimiters (which starts on line 2).
    private static func fields(_ yaml: String) throws(DocumentError) -> FrontMatter {
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch {
            throw malformed(error)
        }
        var result = FrontMatter()
        guard let root else { return result }
        guard let mapping = root.mapping else {
            let line = (root.mark?.line ?? 1) + 1
            throw DocumentError(
                .malformedFrontMatter, line: line,
                message: "line \(line): the front matter must be a list of `field: value` lines")
        }
        for (key, value) in mapping {
            guard let name = key.scalar?.string else { continue }
            let line = (value.mark?.line ?? key.mark?.line ?? 1) + 1
            let lowered = name.lowercased()
            guard let scalar = value.scalar else {
                if ["title", "kind", "status", "language", "amends"].contains(lowered) {
                    throw DocumentError(
                        .invalidField, line: line,
                        message: "line \(line): the front matter field `\(name)` must be a single "
                            + "value, not a list or a mapping")
                }
                continue
            }
            let text: String? = isNull(scalar) ? nil : scalar.string
            switch lowered {
            case "title": result.title = text
            case "status": result.status = text
            case "language": result.language = text
            case "amends": result.amends = text
            case "kind": result.kind = try kind(text, line: line)
            default: if let text { result.addField(name, text) }
            }
        }
        return result
    }

    /// The document kind named `text` (case-insensitive), or an error naming the allowed values.
    private static func kind(_ text: String?, line: Int) throws(DocumentError) -> DocumentKind? {
        guard let text else { return nil }
        if let kind = DocumentKind(rawValue: text.lowercased()) { return kind }
        let allowed = DocumentKind.allCases.map(\.rawValue).joined(separator: ", ")
        throw DocumentError(
            .invalidField, line: line,
            message: "line \(line): unknown document kind `\(text)`; allowed values: \(allowed)")
    }

    /// A ``DocumentError`` for a YAML error, with the line in the document.
    private static func malformed(_ error: any Error) -> DocumentError {
        var line: Int?
        var problem = "\(error)"
        if let yamlError = error as? YamlError {
            switch yamlError {
            case .scanner(_, let text, let mark, _), .parser(_, let text, let mark, _),
                .composer(_, let text, let mark, _):
                line = mark.line + 1
                problem = text
            default:
                break
            }
        }
        let place = line.map { "line \($0): " } ?? ""
        return DocumentError(
            .malformedFrontMatter, line: line,
            message: "\(place)the front matter is not valid YAML (\(problem)); "
                + "write one `field: value` per line")
    }

    /// Whether a scalar is YAML's null (`field:` with no value, `~`, `null`).
    private static func isNull(_ scalar: Node.Scalar) -> Bool {
        if scalar.tag.rawValue == Tag.Name.null.rawValue { return true }
        return scalar.style == .plain && ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    private static func isDelimiter(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int)
        -> Bool
    {
        let end = ByteClass.trimEnd(bytes, start, end)
        return end - start == 3 && bytes[start] == 0x2D && bytes[start + 1] == 0x2D
            && bytes[start + 2] == 0x2D
    }

    private static func lineBounds(
        _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int
    ) -> (start: Int, contentEnd: Int, next: Int) {
        var end = start
        while end < bytes.count, bytes[end] != ByteClass.newline { end += 1 }
        let next = end < bytes.count ? end + 1 : end
        var contentEnd = end
        if contentEnd > start, bytes[contentEnd - 1] == ByteClass.carriageReturn { contentEnd -= 1 }
        return (start, contentEnd, next)
    }
}
