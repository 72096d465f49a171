public import Foundation
public import LegisGit

extension Workspace {
    /// Imports a series of successive drafts as revisions of one document, oldest first.
    ///
    /// `sources` are files, or one folder whose `.md`, `.markdown` and `.txt` files are taken in
    /// file-name order (numbers compared as numbers, so `v2` comes before `v10`; README and CHANGES
    /// files skipped). Every file is read and checked before the first commit, so a bad file
    /// leaves the workspace untouched.
    @discardableResult
    public func importDrafts(
        _ id: DocumentID, from sources: [String], author: Author?, date: Date = Date()
    ) throws(LegisError) -> [ObjectID] {
        let signer = try self.author(author)
        let files = try Self.draftFiles(sources)
        guard !files.isEmpty else {
            throw LegisError(.usage, "Nothing to import: give the draft files, or a folder holding .md or .txt drafts.")
        }
        let texts = try files.map { file throws(LegisError) in (file, try DocumentInput.read(file)) }
        let path = try path(of: id)
        var commits: [ObjectID] = []
        for (offset, (file, bytes)) in texts.enumerated() {
            let name = URL(fileURLWithPath: file).lastPathComponent
            let commit = try self.commit(
                [.write(path: path, contents: bytes, executable: false)],
                message: "Import \(name) as revision \(offset + 1) of \(id)", author: signer,
                date: date.addingTimeInterval(Double(offset)))
            commits.append(commit)
        }
        if let last = texts.last { try writeWorkingFile(path, last.1) }
        return commits
    }

    /// The draft files named by `sources`, in import order.
    static func draftFiles(_ sources: [String]) throws(LegisError) -> [String] {
        var isFolder: ObjCBool = false
        if sources.count == 1, FileManager.default.fileExists(atPath: sources[0], isDirectory: &isFolder),
            isFolder.boolValue
        {
            let folder = sources[0]
            let names: [String]
            do {
                names = try FileManager.default.contentsOfDirectory(atPath: folder)
            } catch {
                throw LegisError(.io, "Cannot list \(folder): \(error.localizedDescription)")
            }
            let skipped = ["readme", "changes", "changelog", "license"]
            return names.filter { name in
                let lower = name.lowercased()
                let stem = lower.split(separator: ".").first.map(String.init) ?? lower
                return !name.hasPrefix(".") && !skipped.contains(stem)
                    && (lower.hasSuffix(".md") || lower.hasSuffix(".markdown") || lower.hasSuffix(".txt"))
            }
            .sorted { $0.localizedStandardCompare($1) == .orderedAscending }
            .map { folder + "/" + $0 }
        }
        return sources
    }
}
