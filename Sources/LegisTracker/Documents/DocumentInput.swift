import Foundation
import LegisDocument

/// Reads and checks a document's text from a file before anything is written.
enum DocumentInput {
    /// The bytes of `file`, checked: readable, at most ``Document/maximumSize``, UTF-8 text with
    /// front matter and structure that parse.
    static func read(_ file: String) throws(LegisError) -> [UInt8] {
        guard FileManager.default.fileExists(atPath: file) else {
            throw LegisError(.notFound, "\(file): no such file.")
        }
        guard let data = FileManager.default.contents(atPath: file) else {
            throw LegisError(.io, "\(file): cannot be read (is it a folder, or unreadable?).")
        }
        let bytes = [UInt8](data)
        try check(bytes, name: file)
        return bytes
    }

    /// Checks bytes as a document's text; `name` says where they came from.
    static func check(_ bytes: [UInt8], name: String) throws(LegisError) {
        guard bytes.count <= Document.maximumSize else {
            throw LegisError(
                .invalidInput,
                "\(name): \(bytes.count) bytes is over the limit of \(Document.maximumSize) bytes for one document; split it.")
        }
        do {
            _ = try DocumentParser().parse(bytes: bytes)
        } catch {
            throw LegisError(.invalidInput, "\(name): \(error)")
        }
    }
}
