/// Builds an HTML fragment quickly: markup is appended as is, text is always escaped.
///
/// Used for the large parts of pages (a document's text, a redline) that would be slow to render
/// through the template engine. The only way to add text that came from a document, a commit or
/// a stakeholder file is ``text(_:)`` (or ``attribute(_:)``), which escapes `&`, `<`, `>`, `"`
/// and `'`, so the result is safe both between tags and inside quoted attribute values.
struct HTMLWriter {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 4096) {
        bytes.reserveCapacity(capacity)
    }

    /// Appends markup written in this module's source code (never text from outside).
    mutating func raw(_ markup: StaticString) {
        markup.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// Appends a fragment built by this module's writers (already escaped).
    mutating func raw(fragment: String) {
        bytes.append(contentsOf: fragment.utf8)
    }

    /// Appends markup built by this module (a number, an anchor made of escaped parts).
    mutating func raw(number: Int) {
        bytes.append(contentsOf: String(number).utf8)
    }

    /// Appends text, escaped.
    mutating func text(_ value: some StringProtocol) {
        let handled = value.utf8.withContiguousStorageIfAvailable { buffer in append(escaping: buffer) } != nil
        if !handled { append(escaping: Array(value.utf8)) }
    }

    /// Appends bytes of UTF-8 text, escaped.
    mutating func text(utf8 slice: ArraySlice<UInt8>) {
        append(escaping: slice)
    }

    /// Appends an attribute value, escaped (the caller writes the surrounding double quotes).
    mutating func attribute(_ value: some StringProtocol) {
        text(value)
    }

    /// The fragment as a string.
    var string: String { String(decoding: bytes, as: UTF8.self) }

    private mutating func append<C: Collection<UInt8>>(escaping source: C) {
        var runStart = source.startIndex
        var index = source.startIndex
        while index != source.endIndex {
            let byte = source[index]
            let replacement: StaticString? =
                switch byte {
                case UInt8(ascii: "&"): "&amp;"
                case UInt8(ascii: "<"): "&lt;"
                case UInt8(ascii: ">"): "&gt;"
                case UInt8(ascii: "\""): "&quot;"
                case UInt8(ascii: "'"): "&#39;"
                case 0: "\u{FFFD}"
                default: nil
                }
            if let replacement {
                bytes.append(contentsOf: source[runStart..<index])
                replacement.withUTF8Buffer { bytes.append(contentsOf: $0) }
                index = source.index(after: index)
                runStart = index
            } else {
                index = source.index(after: index)
            }
        }
        bytes.append(contentsOf: source[runStart..<index])
    }
}

/// Escaping of single values for HTML.
enum HTML {
    /// `text` with `&`, `<`, `>`, `"` and `'` replaced by character references.
    static func escape(_ text: some StringProtocol) -> String {
        var writer = HTMLWriter(capacity: text.utf8.count + 16)
        writer.text(text)
        return writer.string
    }
}
