public import LegisDocument
public import LegisGit

extension Workspace {
    /// Every document at the tip of the branch, sorted by id.
    public func documents() throws(LegisError) -> [DocumentEntry] {
        guard let tip = try tip() else { return [] }
        let files = try git { () throws(GitError) in try repository.files(at: tip) }
        var entries: [DocumentEntry] = []
        for (path, blob) in files {
            guard let id = config.documentID(forPath: path) else { continue }
            let bytes = try git { () throws(GitError) in try repository.blob(blob) }
            let front = (try? DocumentParser().parse(bytes: bytes))?.frontMatter ?? FrontMatter()
            entries.append(DocumentEntry(id: id, path: path, blob: blob, frontMatter: front))
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
        let files = try git { () throws(GitError) in try repository.files(at: tip) }
        return files.keys.sorted().first { config.documentID(forPath: $0) == id } ?? preferred
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

    /// The exact text of a revision.
    public func text(of revision: Revision) throws(LegisError) -> String {
        let bytes = try git { () throws(GitError) in try repository.blob(revision.blob) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The parsed document of a revision.
    public func document(of revision: Revision) throws(LegisError) -> Document {
        let bytes = try git { () throws(GitError) in try repository.blob(revision.blob) }
        do {
            return try DocumentParser().parse(bytes: bytes)
        } catch {
            throw LegisError(.invalidInput, "\(revision.path) at \(revision.commit.short): \(error)")
        }
    }

    /// The ref of a named draft of a document.
    func draftReference(_ id: DocumentID, _ name: String) -> String {
        "refs/tags/\(id.rawValue)/\(name)"
    }
}
