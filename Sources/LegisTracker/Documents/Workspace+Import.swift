public import Foundation
public import LegisGit

extension Workspace {
    /// Imports a series of successive drafts as revisions of one document, oldest first.
    ///
    /// `sources` are files, or one folder whose `.md`, `.markdown` and `.txt` files are taken in
    /// file-name order (numbers compared as numbers, so `v2` comes before `v10`; README and CHANGES
    /// files skipped). Every file is read and checked before the first commit, so a bad file
    /// leaves the workspace untouched.
    ///
    /// History stays in order: no revision is dated before the one it follows (a date earlier
    /// than the branch's last commit becomes that commit's date). With `dates` ``ImportDates/fileModified``
    /// each revision carries its file's modification time as its author date, while the commit
    /// date stays in order. Revisions are numbered by the document's history: importing after
    /// three revisions makes revision 4.
    @discardableResult
    public func importDrafts(
        _ id: DocumentID, from sources: [String], author: Author?, date: Date = Date(),
        dates: ImportDates = .now
    ) throws(LegisError) -> [ObjectID] {
        let signer = try self.author(author)
        let files = try Self.draftFiles(sources)
        guard !files.isEmpty else {
            throw LegisError(.notFound, "Nothing to import: give the draft files, or a folder holding .md or .txt drafts.")
        }
        let texts = try files.map { file throws(LegisError) in (file, try DocumentInput.read(file)) }
        let fileDates = try files.map { file throws(LegisError) in try dates == .fileModified ? Self.modificationDate(file) : nil }
        let path = try path(of: id)
        let base = try tip()
        var previous = try base.map { tip throws(LegisError) in
            try git { () throws(GitError) in try repository.commit(tip).committer.date }
        } ?? .distantPast
        var number = try base.map { tip throws(LegisError) in
            try git { () throws(GitError) in try repository.history(of: path, from: tip).count }
        } ?? 0
        var commits: [ObjectID] = []
        for (offset, (file, bytes)) in texts.enumerated() {
            let name = URL(fileURLWithPath: file).lastPathComponent
            let committed = max(date, previous)
            number += 1
            let commit = try self.commit(
                [.write(path: path, contents: bytes, executable: false)],
                message: "Import \(name) as revision \(number) of \(id)", author: signer,
                date: committed, authorDate: fileDates[offset] ?? committed)
            commits.append(commit)
            previous = committed
        }
        if let last = texts.last { try writeWorkingFile(path, last.1) }
        return commits
    }

    private static func modificationDate(_ file: String) throws(LegisError) -> Date {
        do {
            let attributes = try FileManager.default.attributesOfItem(atPath: file)
            guard let date = attributes[.modificationDate] as? Date else {
                throw LegisError(.io, "\(file): its modification time cannot be read.")
            }
            return date
        } catch let error as LegisError {
            throw error
        } catch {
            throw LegisError(.io, "\(file): its modification time cannot be read (\(error.localizedDescription)).")
        }
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
