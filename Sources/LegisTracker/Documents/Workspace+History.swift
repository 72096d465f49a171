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

    /// The named drafts of a document, oldest first.
    public func drafts(of id: DocumentID) throws(LegisError) -> [Draft] {
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
        return drafts.sorted { ($0.date, $0.name) < ($1.date, $1.name) }
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
