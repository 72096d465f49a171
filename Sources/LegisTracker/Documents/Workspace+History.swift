public import Foundation
public import LegisGit

extension Workspace {
    /// The revisions of a document, newest first.
    public func log(of id: DocumentID, limit: Int? = nil) throws(LegisError) -> [LogEntry] {
        let path = try existingPath(of: id)
        guard let tip = try tip() else { return [] }
        let commits = try git { () throws(GitError) in try repository.history(of: path, from: tip, limit: limit) }
        let draftsByCommit = Dictionary(grouping: try drafts(of: id), by: \.commit)
        return commits.map { commit in
            LogEntry(
                commit: commit.id, author: commit.author.name, email: commit.author.email,
                date: commit.author.date, message: commit.message,
                drafts: (draftsByCommit[commit.id] ?? []).map(\.name).sorted())
        }
    }

    /// The named drafts of a document, in the order of its history (oldest first).
    ///
    /// An unknown document is an error (not found), as for ``log(of:limit:)``.
    public func drafts(of id: DocumentID) throws(LegisError) -> [Draft] {
        _ = try existingPath(of: id)
        let prefix = "refs/tags/\(id.rawValue)/"
        let refs = try git { () throws(GitError) in try repository.references(withPrefix: prefix) }
        var drafts: [Draft] = []
        for ref in refs {
            let name = String(ref.name.dropFirst(prefix.count))
            guard !name.contains("/") else { continue }
            guard let tag = try? repository.tag(ref.target) else { continue }
            drafts.append(
                Draft(
                    name: name, commit: tag.target, tag: tag.id,
                    note: tag.message.trimmingCharacters(in: .whitespacesAndNewlines),
                    tagger: tag.tagger.map { "\($0.name) <\($0.email)>" } ?? "",
                    date: tag.tagger?.date ?? .distantPast))
        }
        return try inHistoryOrder(drafts, path: try path(of: id))
    }

    /// Sorts drafts by the place of their revisions in the document's history (oldest first), and
    /// drafts of one revision by the order they were named (the tag date, then the name), so two
    /// drafts named in the same second still list in the order of the text they name.
    private func inHistoryOrder(_ drafts: [Draft], path: String) throws(LegisError) -> [Draft] {
        guard drafts.count > 1, let tip = try tip() else { return drafts }
        let history = try git { () throws(GitError) in try repository.history(of: path, from: tip) }
        var age: [ObjectID: Int] = [:]
        for (index, commit) in history.enumerated() { age[commit.id] = history.count - index }
        func rank(_ commit: ObjectID) -> Int {
            if let known = age[commit] { return known }
            // A commit that did not change the document holds the text of the newest revision
            // it descends from.
            let base = history.first { (try? repository.isDescendant(commit, of: $0.id)) == true }
            let found = base.flatMap { age[$0.id] } ?? 0
            age[commit] = found
            return found
        }
        let ranked = drafts.map { (rank($0.commit), $0) }
        return ranked.sorted { ($0.0, $0.1.date, $0.1.name) < ($1.0, $1.1.date, $1.1.name) }.map(\.1)
    }

    /// The latest named draft of every document that has one, from one listing of the tags.
    public func latestDrafts() throws(LegisError) -> [DocumentID: Draft] {
        let prefix = "refs/tags/"
        let refs = try git { () throws(GitError) in try repository.references(withPrefix: prefix, peel: false) }
        var latest: [DocumentID: Draft] = [:]
        for ref in refs {
            let rest = ref.name.dropFirst(prefix.count)
            guard let slash = rest.lastIndex(of: "/"), let id = try? DocumentID(String(rest[..<slash])) else {
                continue
            }
            let name = String(rest[rest.index(after: slash)...])
            guard let tag = try? repository.tag(ref.target) else { continue }
            let draft = Draft(
                name: name, commit: tag.target, tag: tag.id,
                note: tag.message.trimmingCharacters(in: .whitespacesAndNewlines),
                tagger: tag.tagger.map { "\($0.name) <\($0.email)>" } ?? "",
                date: tag.tagger?.date ?? .distantPast)
            if let known = latest[id], (known.date, known.name) >= (draft.date, draft.name) { continue }
            latest[id] = draft
        }
        return latest
    }

    /// Names a revision of a document as a published draft (an annotated tag `ID/NAME`).
    @discardableResult
    public func nameDraft(
        _ id: DocumentID, name: String, revision requested: String? = nil, note: String?, author: Author?
    ) throws(LegisError) -> Draft {
        try Draft.validate(name: name)
        let revision = try revision(of: id, requested)
        let tagger = try self.author(author).signature()
        let message = ((note.flatMap { $0.isEmpty ? nil : $0 }) ?? "Draft \(name) of \(id)") + "\n"
        let tagName = "\(id.rawValue)/\(name)"
        do {
            let tag = try repository.createTag(name: tagName, target: revision.commit, tagger: tagger, message: message)
            return Draft(
                name: name, commit: revision.commit, tag: tag, note: message.trimmingCharacters(in: .newlines),
                tagger: "\(tagger.name) <\(tagger.email)>", date: tagger.date)
        } catch {
            if error.isConflict {
                throw LegisError(.conflict, "'\(id)' already has a draft named '\(name)': choose another name.")
            }
            throw LegisError(.repository, "Could not name the draft: \(error.message).")
        }
    }
}
