import LegisTracker

/// The addresses of the pages, with every variable part percent-encoded.
///
/// A document id becomes one path segment (`laws/penal-code` → `laws%2Fpenal-code`), and query
/// values are encoded too, so no text from the workspace can change the shape of a link. Links
/// only ever point inside the site: they start with `/`.
enum URLPath {
    /// The page of a document's text, optionally at a revision.
    static func document(_ id: DocumentID, revision: String? = nil) -> String {
        "/documents/" + segment(id.rawValue) + (revision.map { "?rev=" + query($0) } ?? "")
    }

    static func history(_ id: DocumentID) -> String { "/documents/\(segment(id.rawValue))/history" }

    static func endorsements(_ id: DocumentID) -> String { "/documents/\(segment(id.rawValue))/endorsements" }

    /// The list of a document's amendments.
    static func amendments(_ id: DocumentID) -> String { "/documents/\(segment(id.rawValue))/amendments" }

    /// One amendment's page.
    static func amendment(_ id: DocumentID, _ number: Int) -> String { amendments(id) + "/\(number)" }

    /// The compare page; without revisions, the bare form.
    static func compare(_ id: DocumentID, from: String? = nil, to: String? = nil) -> String {
        var path = "/documents/\(segment(id.rawValue))/compare"
        if let from, let to { path += "?from=\(query(from))&to=\(query(to))" }
        return path
    }

    static func apiCompare(_ id: DocumentID, from: String, to: String) -> String {
        "/api/documents/\(segment(id.rawValue))/compare?from=\(query(from))&to=\(query(to))"
    }

    /// Percent-encodes everything but unreserved characters (letters, digits, `-._~`).
    static func segment(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
                UInt8(ascii: "~"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                out += "%"
                out += hexDigits[Int(byte >> 4)]
                out += hexDigits[Int(byte & 0x0F)]
            }
        }
        return out
    }

    /// Percent-encodes a query value (the same set as a segment).
    static func query(_ text: String) -> String { segment(text) }

    /// Decodes a percent-encoded path segment; nil when the encoding or the UTF-8 is broken.
    static func decode(_ text: some StringProtocol) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var iterator = text.utf8.makeIterator()
        while let byte = iterator.next() {
            if byte == UInt8(ascii: "%") {
                guard let high = iterator.next().flatMap(hexValue), let low = iterator.next().flatMap(hexValue)
                else { return nil }
                bytes.append(high << 4 | low)
            } else {
                bytes.append(byte)
            }
        }
        return String(validating: bytes, as: UTF8.self)
    }

    private static let hexDigits = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "A", "B", "C", "D", "E", "F"]

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
