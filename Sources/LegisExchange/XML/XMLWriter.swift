/// Writes an XML document element by element, escaping every text and attribute value.
///
/// Names are the caller's constants; everything that comes from a document or a person goes
/// through ``XMLEscaping``.
public struct XMLWriter: Sendable {
    /// The document written so far.
    public private(set) var output: String
    private var open: [String] = []

    /// A writer that starts with the XML declaration.
    public init() {
        output = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    }

    /// Opens an element with attributes in the given order.
    public mutating func start(_ name: String, _ attributes: KeyValuePairs<String, String> = [:]) {
        output += "<" + name
        appendAttributes(attributes)
        output += ">"
        open.append(name)
    }

    /// Closes the innermost open element.
    public mutating func end() {
        guard let name = open.popLast() else { return }
        output += "</" + name + ">"
    }

    /// Writes an empty element.
    public mutating func empty(_ name: String, _ attributes: KeyValuePairs<String, String> = [:]) {
        output += "<" + name
        appendAttributes(attributes)
        output += "/>"
    }

    /// Writes an element holding only `text`.
    public mutating func element(_ name: String, _ attributes: KeyValuePairs<String, String> = [:], text: String) {
        start(name, attributes)
        self.text(text)
        end()
    }

    /// Writes escaped character data.
    public mutating func text(_ text: String) {
        output += XMLEscaping.text(text)
    }

    /// Writes a line feed between elements, for readers of the file.
    public mutating func newline() { output += "\n" }

    /// Closes every open element and returns the document.
    public mutating func finish() -> String {
        while !open.isEmpty { end() }
        return output
    }

    private mutating func appendAttributes(_ attributes: KeyValuePairs<String, String>) {
        for (key, value) in attributes {
            output += " " + key + "=\"" + XMLEscaping.attribute(value) + "\""
        }
    }
}
