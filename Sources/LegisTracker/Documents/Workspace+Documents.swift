public import LegisDocument
public import LegisGit

extension Workspace {
    /// Every document at the tip of the branch, sorted by id, with its last change.
    ///
    /// Read from the document index (see ``refreshIndex()``), which is brought up to date first.
    public func documents() throws(LegisError) -> [DocumentEntry] {
        guard let index = try documentIndex() else { return [] }
        var entries: [DocumentEntry] = []
        entries.reserveCapacity(index.entries.count)
        for entry in index.entries {
            guard let id = config.documentID(forPath: entry.path) else { continue }
            let front = FrontMatter(
                title: entry.title, kind: entry.kind.flatMap(DocumentKind.init(rawValue:)), status: entry.status,
                language: entry.language)
            var listed = DocumentEntry(
                id: id, path: entry.path, blob: entry.blob, frontMatter: front, lastChange: index.changes[entry.change])
            listed.problem = entry.problem
            entries.append(listed)
        }
        return entries.sorted { $0.id < $1.id }
    }

    /// The repository path of a document: where it is at the tip, or where a new one goes.
    public func path(of id: DocumentID) throws(LegisError) -> String {
        let preferred = config.path(for: id)
        guard let tip = try tip() else { return preferred }
        if try git({ () throws(GitError) in try repository.blobID(at: tip, path: preferred) }) != nil {
            return preferred
        }
        let paths = try documentIndex()?.entries.map(\.path) ?? []
        return paths.first { config.documentID(forPath: $0) == id } ?? preferred
    }

    /// The path of an existing document, or a not-found error that says how to list documents.
    public func existingPath(of id: DocumentID) throws(LegisError) -> String {
        let path = try path(of: id)
        guard let tip = try tip(),
            try git({ () throws(GitError) in try repository.blobID(at: tip, path: path) }) != nil
        else {
            throw LegisError(.notFound, "There is no document '\(id)': 'legis documents' lists them.")
        }
        return path
    }

    /// Resolves a revision of a document: a draft name, a commit id or unique prefix, `latest`
    /// (or `HEAD`: the last commit that changed the document), `latest-N` (or `~N`: N revisions of
    /// this document back) or any git revision.
    public func revision(of id: DocumentID, _ requested: String? = nil) throws(LegisError) -> Revision {
        let path = try existingPath(of: id)
        let name = requested ?? "latest"
        guard let tip = try tip() else {
            throw LegisError(.notFound, "The workspace has no commits yet.")
        }
        let commit: ObjectID
        if let back = RevisionName.stepsBack(name) {
            let history = try git { () throws(GitError) in try repository.history(of: path, from: tip, limit: back + 1) }
            guard back < history.count else {
                throw LegisError(
                    .notFound,
                    "'\(id)' has \(history.count) \(history.count == 1 ? "revision" : "revisions"); '\(name)' goes back further: see 'legis log \(id)'.")
            }
            commit = history[back].id
        } else if let draft = try? repository.resolve(draftReference(id, name)) {
            commit = draft
        } else {
            do {
                commit = try repository.resolve(name)
            } catch {
                throw LegisError(
                    .notFound,
                    "Unknown revision '\(name)' of '\(id)': name a draft ('legis drafts \(id)'), a commit id, latest or latest-N.")
            }
        }
        guard let blob = try git({ () throws(GitError) in try repository.blobID(at: commit, path: path) }) else {
            throw LegisError(
                .notFound, "'\(id)' does not exist at revision '\(name)' (\(commit.short)).")
        }
        return Revision(document: id, path: path, commit: commit, blob: blob, requested: name)
    }

    /// The exact text of a revision, checked as a document: a text committed without Legis'
    /// checks that breaks the rules (not UTF-8, too large, bad front matter) is an
    /// ``LegisError/Kind/unreadableDocument`` error saying what is wrong and how to fix it.
    public func text(of revision: Revision) throws(LegisError) -> String {
        let bytes = try git { () throws(GitError) in try repository.blob(revision.blob) }
        _ = try Self.parse(bytes, of: revision)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The parsed document of a revision (see ``text(of:)`` for a text that breaks the rules).
    public func document(of revision: Revision) throws(LegisError) -> Document {
        try Self.parse(try git { () throws(GitError) in try repository.blob(revision.blob) }, of: revision)
    }

    static func parse(_ bytes: [UInt8], of revision: Revision) throws(LegisError) -> Document {
        do {
            return try DocumentParser().parse(bytes: bytes)
        } catch {
            throw LegisError(
                .unreadableDocument, Self.problem(path: revision.path, at: revision.commit.short, error: error))
        }
    }

    /// What is wrong with a committed document file and how to fix it, in one sentence.
    static func problem(path: String, at commit: String? = nil, error: DocumentError) -> String {
        let place = commit.map { "\(path) at \($0)" } ?? path
        let detail = error.message.hasSuffix(".") ? String(error.message.dropLast()) : error.message
        return "\(place) cannot be read as a document (\(detail)); it was committed without Legis' checks: "
            + "correct the file and commit it again (legis save checks it first)."
    }

    /// The ref of a named draft of a document.
    func draftReference(_ id: DocumentID, _ name: String) -> String {
        "refs/tags/\(id.rawValue)/\(name)"
    }
}
