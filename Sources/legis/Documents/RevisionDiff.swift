import LegisTracker

/// `legis diff ID A [B]`: the redline between two revisions of a document in the workspace.
struct RevisionDiff {
    var id: String
    var from: String
    var to: String?
    var format: Diff.Format
    var repo: String?

    /// Reads `diff ID A [B]` with `--format F` (not docx or instructions) and `--repo R`,
    /// without ArgumentParser, or returns nil (see ``QuickDiffArguments``).
    init?(quick arguments: [String]) {
        guard let read = QuickDiffArguments(arguments), !read.files, read.language == nil,
            (2...3).contains(read.positional.count), read.format != .instructions
        else { return nil }
        self.init(
            id: read.positional[0], from: read.positional[1], to: read.positional.count > 2 ? read.positional[2] : nil,
            format: read.format ?? .terminal, repo: read.repo)
    }

    init(id: String, from: String, to: String?, format: Diff.Format, repo: String?) {
        self.id = id
        self.from = from
        self.to = to
        self.format = format
        self.repo = repo
    }

    /// Compares the two revisions and prints the redline.
    func run() throws(LegisError) {
        let id = try DocumentID(id)
        // The sizes of the two versions are known only once they are read; opening the
        // repository costs more than the huge page a small document would not need.
        ProcessMemory.adviseHugePages(inputBytes: .max)
        let space = try Workspace.open(at: repo)
        let comparison = try space.compare(id, from: from, to: to, places: format != .json)
        ProcessMemory.keepUntilExit(comparison)
        Diff.write(
            comparison.redline, format: format,
            title: "\(id): \(comparison.from.requested) → \(comparison.to.requested)")
    }
}
