public import Foundation
public import LegisGit
import LegisTemplates

extension Workspace {
    /// The names of the templates: the built-in ones and those in the workspace's `Templates/` folder.
    public func templateNames() throws(LegisError) -> [String] {
        var names = Set(BuiltInTemplates.documents.keys)
        if let tip = try tip() {
            let files = try git { () throws(GitError) in try repository.files(at: tip) }
            for path in files.keys where path.hasPrefix("Templates/") && path.hasSuffix(".md") {
                names.insert(String(path.dropFirst("Templates/".count).dropLast(3)))
            }
        }
        return names.sorted()
    }

    /// Creates a document from a template and commits it as its first revision.
    @discardableResult
    public func create(
        _ id: DocumentID, template: String, title: String?, author: Author?, date: Date = Date()
    ) throws(LegisError) -> Revision {
        let signer = try self.author(author)
        let path = try path(of: id)
        if let tip = try tip(), try git({ () throws(GitError) in try repository.blobID(at: tip, path: path) }) != nil {
            throw LegisError(.conflict, "The document '\(id)' already exists (\(path)).")
        }
        if let file = workingPath(path), FileManager.default.fileExists(atPath: file) {
            throw LegisError(.conflict, "\(path) already exists on disk: save it with 'legis save \(id)' instead.")
        }
        let skeleton: String
        if let custom = try committedFile("Templates/\(template).md") {
            skeleton = String(decoding: custom, as: UTF8.self)
        } else if let builtIn = BuiltInTemplates.documents[template] {
            skeleton = builtIn
        } else {
            throw LegisError(
                .notFound, "There is no template '\(template)'; the templates are: \(try templateNames().joined(separator: ", ")).")
        }
        let day = String(ISO8601.string(date).prefix(10))
        let text = skeleton.replacingOccurrences(of: "{{title}}", with: Self.yamlSafeTitle(title ?? id.rawValue))
            .replacingOccurrences(of: "{{date}}", with: day)
        let bytes = Array(text.utf8)
        try DocumentInput.check(bytes, name: "template '\(template)'")
        let commit = try self.commit(
            [.write(path: path, contents: bytes, executable: false)], message: "Create \(id) from the \(template) template",
            author: signer, date: date)
        try writeWorkingFile(path, bytes)
        return Revision(document: id, path: path, commit: commit, blob: Repository.hashBlob(bytes), requested: "HEAD")
    }

    /// Writes a file of the working tree atomically (no-op in a bare repository).
    func writeWorkingFile(_ path: String, _ bytes: [UInt8]) throws(LegisError) {
        guard let file = workingPath(path) else { return }
        do {
            let url = URL(fileURLWithPath: file)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: url, options: .atomic)
        } catch {
            throw LegisError(.io, "Could not write \(file): \(error.localizedDescription)")
        }
    }

    private static func yamlSafeTitle(_ title: String) -> String {
        let flat = title.replacingOccurrences(of: "\\", with: "/").replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\r", with: " ")
        return flat.replacingOccurrences(of: "\"", with: "'")
    }
}
