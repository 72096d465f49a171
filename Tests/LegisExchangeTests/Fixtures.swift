import Foundation
import LegisDocument
import LegisExchange
import LegisTestSupport

/// The sample proposals and the corpus, read from the repository and the shared folder beside it.
enum Fixtures {
    static let root = Tool.repositoryRoot(from: #filePath)
    static let shared = URL(fileURLWithPath: root).deletingLastPathComponent().appendingPathComponent("shared").path
    static let schema = shared + "/schemas/akn/akomantoso30.xsd"

    /// Each proposal's drafts, oldest first: (proposal name, [file paths]).
    static var proposals: [(name: String, drafts: [String])] {
        let folder = root + "/proposals"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.sorted().compactMap { name in
            let files = ((try? FileManager.default.contentsOfDirectory(atPath: "\(folder)/\(name)")) ?? [])
                .filter { $0.first?.isNumber == true && $0.hasSuffix(".md") }.sorted()
            return files.isEmpty ? nil : (name, files.map { "\(folder)/\(name)/\($0)" })
        }
    }

    /// The German Civil Code versions of the corpus.
    static var corpus: [String] {
        let folder = shared + "/corpus/bgb"
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".md") }
            .sorted().map { "\(folder)/\($0)" }
    }

    static func document(_ path: String) throws -> Document {
        try Document.parse(try String(contentsOfFile: path, encoding: .utf8))
    }

    /// The document at `path` read with the structure profile of `language`.
    static func document(_ path: String, language: String) throws -> Document {
        try Document.parse(try String(contentsOfFile: path, encoding: .utf8), language: language)
    }

    /// The words of a text (letters and digits), for comparing wording across formats.
    static func words(_ text: String) -> [Substring] {
        text.split(whereSeparator: { !($0.isLetter || $0.isNumber) })
    }

    /// The words of a document's body: front matter left out.
    static func bodyWords(_ document: Document) -> [Substring] {
        words(document.text(document.bodyStart..<document.source.utf8.count))
    }

    static let author = RevisionAuthor(name: "Ana <Drafter> & \"Co\"", date: Date(timeIntervalSince1970: 1_790_000_000))

    static func properties(_ document: Document) -> DocxProperties {
        DocxProperties(frontMatter: document.frontMatter, language: document.language, modified: author.date)
    }

    /// A scratch folder with `bytes` written as `name`.
    static func write(_ bytes: [UInt8], _ name: String, in folder: TemporaryFolder) throws -> String {
        let path = folder.file(name)
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }
}
