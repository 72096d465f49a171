public import Foundation
import LegisExchange
public import LegisGit

/// What importing Word documents did: the commits made and, per file, what was left out.
public struct WordImportReport: Sendable {
    /// The commits made, oldest first.
    public var commits: [ObjectID]
    /// Per file, what could not be carried over (comments, images...).
    public var leftOut: [(file: String, items: [String])]
    /// Per file, the tracked changes accepted with `--accept-changes`.
    public var acceptedChanges: [(file: String, count: Int)]
}

extension Workspace {
    /// Imports Word documents (`.docx`) as successive revisions of a document, oldest first.
    ///
    /// Every file is read, converted and checked before the first commit, so a bad file leaves
    /// the workspace untouched. A file with tracked changes is refused unless `acceptChanges`.
    @discardableResult
    public func importWordDrafts(
        _ id: DocumentID, from files: [String], author: Author?, acceptChanges: Bool, date: Date = Date()
    ) throws(LegisError) -> WordImportReport {
        let signer = try self.author(author)
        guard !files.isEmpty else { throw LegisError(.usage, "Nothing to import: give the .docx files.") }
        var converted: [(file: String, bytes: [UInt8], result: WordImport.Result)] = []
        for file in files {
            guard FileManager.default.fileExists(atPath: file) else {
                throw LegisError(.notFound, "\(file): no such file.")
            }
            guard let data = FileManager.default.contents(atPath: file) else {
                throw LegisError(.io, "\(file): cannot be read (is it a folder, or unreadable?).")
            }
            let result = try Self.exchange { () throws(ExchangeError) in
                try WordImport.markdown(fromDocx: [UInt8](data), name: file, acceptChanges: acceptChanges)
            }
            let bytes = Array(result.markdown.utf8)
            try DocumentInput.check(bytes, name: file)
            converted.append((file, bytes, result))
        }
        let path = try path(of: id)
        var commits: [ObjectID] = []
        for (offset, item) in converted.enumerated() {
            let name = URL(fileURLWithPath: item.file).lastPathComponent
            commits.append(
                try commit(
                    [.write(path: path, contents: item.bytes, executable: false)],
                    message: "Import \(name) as revision \(offset + 1) of \(id)", author: signer,
                    date: date.addingTimeInterval(Double(offset))))
        }
        if let last = converted.last { try writeWorkingFile(path, last.bytes) }
        return WordImportReport(
            commits: commits,
            leftOut: converted.filter { !$0.result.leftOut.isEmpty }.map { ($0.file, $0.result.leftOut) },
            acceptedChanges: converted.filter { $0.result.acceptedChanges > 0 }.map {
                ($0.file, $0.result.acceptedChanges)
            })
    }
}
