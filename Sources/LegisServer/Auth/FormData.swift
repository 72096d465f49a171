import Foundation

/// The fields of an `application/x-www-form-urlencoded` body, in order, repeated names kept.
struct FormData: Sendable {
    private(set) var fields: [(name: String, value: String)] = []

    /// Parses a body; `+` is a space, `%XX` a byte, the result UTF-8 (invalid bytes replaced).
    init(_ body: String) {
        for pair in body.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = Self.decode(parts[0])
            let value = parts.count > 1 ? Self.decode(parts[1]) : ""
            fields.append((name, value))
        }
    }

    /// The first value of `name`.
    subscript(_ name: String) -> String? { fields.first { $0.name == name }?.value }

    /// The first value of `name` with line ends as LF: browsers send every line break in a form
    /// as CRLF (text areas, and hidden fields holding an armored signature).
    func text(_ name: String) -> String? { self[name]?.replacingOccurrences(of: "\r\n", with: "\n") }

    /// Every value of `name`.
    func all(_ name: String) -> [String] { fields.filter { $0.name == name }.map(\.value) }

    private static func decode(_ text: Substring) -> String {
        var bytes: [UInt8] = []
        var iterator = Array(text.utf8)[...]
        while let byte = iterator.popFirst() {
            if byte == UInt8(ascii: "+") {
                bytes.append(0x20)
            } else if byte == UInt8(ascii: "%"), iterator.count >= 2,
                let value = UInt8(String(decoding: iterator.prefix(2), as: UTF8.self), radix: 16)
            {
                bytes.append(value)
                iterator = iterator.dropFirst(2)
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
