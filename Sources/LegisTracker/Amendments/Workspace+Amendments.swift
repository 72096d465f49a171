public import Foundation
public import LegisGit
public import LegisDiff
import LegisDocument

extension Workspace {
    /// Tables an amendment: `text` is the full proposed text of the document, written against
    /// revision `base` (the latest by default).
    ///
    /// Every sponsor must be a registered stakeholder; the title must be one line; the text must
    /// be a valid document that differs from the base. Nothing is written when a check fails.
    /// The number is the next free one for the document (never reused).
    @discardableResult
    public func tableAmendment(
        _ id: DocumentID, text: [UInt8], title: String, rationale: String = "", sponsors: [String],
        base requested: String? = nil, author: Author?, date: Date = Date()
    ) throws(LegisError) -> Amendment {
        let title = title.trimmingCharacters(in: .whitespaces)
        guard !title.isEmpty else {
            throw LegisError(.usage, "An amendment needs a title: pass --title \"what it changes\".")
        }
        guard !title.contains(where: \.isNewline), title.count <= 300 else {
            throw LegisError(.usage, "The title of an amendment is one line of at most 300 characters.")
        }
        guard !sponsors.isEmpty else {
            throw LegisError(.usage, "An amendment needs at least one sponsor: pass --by STAKEHOLDER (see 'legis stakeholder list').")
        }
        let registry = try stakeholderRegistry()
        for sponsor in sponsors where registry[sponsor] == nil {
            throw LegisError(
                .usage,
                "The sponsor '\(sponsor.singleLine)' is not a registered stakeholder: 'legis stakeholder list' shows them, 'legis stakeholder add' registers one.")
        }
        let signer = try self.author(author)
        let revision = try revision(of: id, requested)
        try DocumentInput.check(text, name: "the amended text of '\(id)'")
        let baseBytes = try git { () throws(GitError) in try repository.blob(revision.blob) }
        guard baseBytes != text else {
            throw LegisError(
                .usage, "The amended text is the same as '\(id)' at \(revision.commit.short): an amendment must change something.")
        }
        var trailers: [(key: String, value: String)] = [
            ("Legis-Amendment", id.rawValue), ("Legis-Path", revision.path),
        ]
        for sponsor in sponsors { trailers.append(("Legis-Sponsor", sponsor)) }
        let message = AmendmentMessage(summary: title, body: rationale, trailers: trailers)
        let signature = signer.signature(at: date)
        let commit = try git { () throws(GitError) in
            try repository.createDetachedCommit(
                changes: [.write(path: revision.path, contents: text, executable: false)], base: revision.commit,
                parents: [revision.commit], message: message.text, author: signature, committer: signature)
        }
        var number = (try amendmentNumbers(of: id).max() ?? 0) + 1
        while true {
            let ref = AmendmentRef(document: id, number: number)
            do {
                try repository.createReference(name: ref.name, target: commit, force: false, message: "amend")
            } catch {
                guard error.isConflict else {
                    throw LegisError(.repository, "Could not store the amendment: \(error.message).")
                }
                number += 1
                continue
            }
            return try amendment(id, number)
        }
    }

    /// The numbers of the amendments to a document, ascending.
    public func amendmentNumbers(of id: DocumentID) throws(LegisError) -> [Int] {
        let refs = try git { () throws(GitError) in
            try repository.references(withPrefix: AmendmentRef.prefix(of: id), peel: false)
        }
        return refs.compactMap { AmendmentRef(name: $0.name)?.number }.sorted()
    }

    /// Every amendment to a document, by number.
    public func amendments(of id: DocumentID) throws(LegisError) -> [Amendment] {
        _ = try existingPath(of: id)
        var result: [Amendment] = []
        for number in try amendmentNumbers(of: id) { result.append(try amendment(id, number)) }
        return result
    }

    /// The amendment `number` to a document, with its history of decisions.
    public func amendment(_ id: DocumentID, _ number: Int) throws(LegisError) -> Amendment {
        let ref = AmendmentRef(document: id, number: number)
        guard let head = try git({ () throws(GitError) in try repository.reference(named: ref.name) })?.target else {
            let known = (try? amendmentNumbers(of: id)) ?? []
            let hint = known.isEmpty ? "it has none yet" : "'legis amendments \(id)' lists them (\(known.map(String.init).joined(separator: ", ")))"
            throw LegisError(.notFound, "There is no amendment \(number) to '\(id)': \(hint).")
        }
        var record = try readAmendment(ref, head: head)
        record.provisions = try touchedProvisions(record)
        return record
    }

    /// The text of the document at the amendment's base, and as the amendment proposes it (for an
    /// amendment adopted with changes: as adopted).
    public func amendmentTexts(_ amendment: Amendment) throws(LegisError) -> (base: String, proposed: String, tabled: String) {
        let path = try amendmentPath(amendment)
        let base = try fileText(at: amendment.base, path: path, amendment)
        let tabled = try fileText(at: amendment.commit, path: path, amendment)
        let compromise = amendment.history.last { $0.status == .adoptedWithChanges }
        let proposed = try compromise.map { decision throws(LegisError) in
            try fileText(at: decision.commit, path: path, amendment)
        } ?? tabled
        return (base, proposed, tabled)
    }

    /// The redline of an amendment against its base.
    public func amendmentRedline(_ amendment: Amendment) throws(LegisError) -> Redline {
        let texts = try amendmentTexts(amendment)
        let (base, proposed) = try Self.parsePair(texts.base, texts.proposed, name: amendment.reference)
        return DocumentDiff.compare(base, proposed)
    }

    /// The open amendments that touch a provision this one touches, by number.
    public func overlappingAmendments(_ amendment: Amendment, among all: [Amendment]) -> [Int] {
        let touched = Set(amendment.provisions)
        return all.filter { other in
            other.number != amendment.number && other.status.isOpen
                && !touched.isDisjoint(with: other.provisions)
        }.map(\.number)
    }

    /// Reads the bytes of a document file given on the command line, checked as a document.
    public static func readDocumentFile(_ file: String) throws(LegisError) -> [UInt8] {
        try DocumentInput.read(file)
    }

    // MARK: - Reading the stored form

    /// Walks the commits under an amendment ref back to its tabling commit, collecting decisions.
    func readAmendment(_ ref: AmendmentRef, head: ObjectID) throws(LegisError) -> Amendment {
        var queue = [head]
        var seen = Set<ObjectID>()
        var decisions: [AmendmentDecision] = []
        var root: (commit: Commit, message: AmendmentMessage)?
        while let id = queue.popLast() {
            guard seen.insert(id).inserted else { continue }
            guard seen.count <= 10_000 else { break }
            let commit = try git { () throws(GitError) in try repository.commit(id) }
            guard let message = AmendmentMessage(parsing: commit.message) else {
                throw LegisError(
                    .invalidInput, "\(ref.name) leads to commit \(id.short), which is not an amendment record; the ref was changed by hand.")
            }
            if message.value("Legis-Amendment") != nil {
                if let found = root, found.commit.id != commit.id {
                    throw LegisError(
                        .invalidInput, "\(ref.name) joins two different amendments (\(found.commit.id.short), \(id.short)); it was changed by hand.")
                }
                guard commit.parents.count == 1 else {
                    throw LegisError(.invalidInput, "\(ref.name): the tabling commit \(id.short) must have its base as only parent.")
                }
                root = (commit, message)
                continue
            }
            if let value = message.value("Legis-Decision") {
                guard let status = AmendmentStatus(rawValue: value), status != .tabled else {
                    throw LegisError(.invalidInput, "\(ref.name): commit \(id.short) records an unknown decision '\(value.singleLine)'.")
                }
                decisions.append(
                    AmendmentDecision(
                        status: status, by: "\(commit.author.name) <\(commit.author.email)>", date: commit.author.date,
                        note: message.body, commit: id,
                        adoptedIn: message.value("Legis-Adopted-In").flatMap { ObjectID(hex: $0) }))
            }
            queue += commit.parents
        }
        guard let root else {
            throw LegisError(.invalidInput, "\(ref.name) does not lead to a tabling commit; the ref was changed by hand.")
        }
        decisions.sort { ($0.date, $0.commit.hex) < ($1.date, $1.commit.hex) }
        let tabling = AmendmentDecision(
            status: .tabled, by: "\(root.commit.author.name) <\(root.commit.author.email)>", date: root.commit.author.date,
            note: "", commit: root.commit.id, adoptedIn: nil)
        return Amendment(
            document: ref.document, number: ref.number, title: root.message.summary, rationale: root.message.body,
            sponsors: root.message.values("Legis-Sponsor"), base: root.commit.parents[0], commit: root.commit.id,
            head: head, history: [tabling] + decisions, provisions: [])
    }

    /// The provisions an amendment changes, from its redline against its base, by path.
    func touchedProvisions(_ amendment: Amendment) throws(LegisError) -> [String] {
        let redline = try amendmentRedline(amendment)
        var seen = Set<String>()
        var result: [String] = []
        for change in redline.provisions {
            guard let path = change.oldPath ?? change.newPath else { continue }
            if seen.insert(path.description).inserted { result.append(path.description) }
        }
        if result.isEmpty, redline.hasChanges { result.append("") }
        return result
    }

    /// The repository path of the amended document, as recorded when it was tabled.
    func amendmentPath(_ amendment: Amendment) throws(LegisError) -> String {
        let commit = try git { () throws(GitError) in try repository.commit(amendment.commit) }
        if let path = AmendmentMessage(parsing: commit.message)?.value("Legis-Path") { return path }
        return try path(of: amendment.document)
    }

    private func fileText(at commit: ObjectID, path: String, _ amendment: Amendment) throws(LegisError) -> String {
        guard let bytes = try git({ () throws(GitError) in try repository.file(at: commit, path: path) }) else {
            throw LegisError(.invalidInput, "\(amendment.reference): \(path) is missing at \(commit.short).")
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Parses two versions of a document with one structure profile (the first one's).
    static func parsePair(_ first: String, _ second: String, name: String) throws(LegisError) -> (Document, Document) {
        do {
            let a = try Document.parse(first)
            let b = try Document.parse(second, language: a.language)
            return (a, b)
        } catch {
            throw LegisError(.invalidInput, "\(name): \(error)")
        }
    }
}
