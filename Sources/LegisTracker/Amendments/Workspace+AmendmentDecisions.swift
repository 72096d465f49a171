public import Foundation
public import LegisGit
import LegisAmendments
import LegisDocument

extension Workspace {
    /// Records a decision that closes an amendment without changing the document: withdrawn,
    /// rejected or lapsed. Only a tabled amendment can be decided; the decision is appended,
    /// never rewritten.
    @discardableResult
    public func decideAmendment(
        _ id: DocumentID, _ number: Int, _ status: AmendmentStatus, note: String = "", author: Author?,
        date: Date = Date()
    ) throws(LegisError) -> Amendment {
        guard [.withdrawn, .rejected, .lapsed].contains(status) else {
            throw LegisError(.usage, "'\(status.rawValue)' is not decided this way: adopt an amendment with 'legis amendment adopt'.")
        }
        let signer = try self.author(author)
        let amendment = try amendment(id, number)
        try Self.requireOpen(amendment, for: status)
        try appendDecision(amendment, status: status, note: note, adoptedIn: nil, compromise: nil, author: signer, date: date)
        return try self.amendment(id, number)
    }

    /// Adopts an amendment: a provision-level three-way merge of its base, the document's current
    /// text and its text (or `compromise`, for an adoption with changes), committed on the branch
    /// as one commit that names it, then recorded as a decision.
    ///
    /// On conflict nothing is written and the result lists the conflicting provisions. When the
    /// branch moves during the adoption, the merge is done again on the new text (a few times at
    /// most), so concurrent adoptions lose nothing: each lands on top of the other, or conflicts.
    public func adoptAmendment(
        _ id: DocumentID, _ number: Int, compromise: [UInt8]? = nil, note: String = "", author: Author?,
        date: Date = Date()
    ) throws(LegisError) -> AdoptionResult {
        let signer = try self.author(author)
        if let compromise { try DocumentInput.check(compromise, name: "the compromise text") }
        let status: AmendmentStatus = compromise == nil ? .adopted : .adoptedWithChanges
        for _ in 0..<8 {
            let amendment = try amendment(id, number)
            try Self.requireOpen(amendment, for: status)
            let path = try existingPath(of: id)
            let texts = try amendmentTexts(amendment)
            let proposed = compromise.map { String(decoding: $0, as: UTF8.self) } ?? texts.proposed
            guard let tip = try tip(), let currentBytes = try git({ () throws(GitError) in try repository.file(at: tip, path: path) })
            else { throw LegisError(.notFound, "There is no document '\(id)': 'legis documents' lists them.") }
            let current = String(decoding: currentBytes, as: UTF8.self)
            let outcome: MergeOutcome
            do {
                let base = try Document.parse(texts.base)
                outcome = ProvisionMerge.merge(
                    base: base, current: try Document.parse(current, language: base.language),
                    proposed: try Document.parse(proposed, language: base.language))
            } catch {
                throw LegisError(.invalidInput, "\(amendment.reference): \(error)")
            }
            guard outcome.isClean else {
                return AdoptionResult(amendment: amendment, commit: nil, conflicts: outcome.conflicts, taken: [])
            }
            var adoptedIn = tip
            var made: ObjectID?
            if outcome.text != current {
                let message = AmendmentMessage(
                    summary: "Adopt amendment \(number) to \(id): \(amendment.title)".singleLine,
                    body: note,
                    trailers: [("Legis-Adopts", amendment.reference), ("Legis-Amendment-Commit", amendment.commit.hex)])
                do {
                    made = try commit(
                        [.write(path: path, contents: Array(outcome.text.utf8), executable: false)],
                        message: message.text, author: signer, date: date, base: .tip(tip))
                } catch where error.kind == .conflict {
                    continue  // The branch moved: merge again on the new text.
                }
                adoptedIn = made ?? tip
                try refreshWorkingFile(path, from: currentBytes, to: Array(outcome.text.utf8))
            }
            let recordedPath = try amendmentPath(amendment)
            try appendDecision(
                amendment, status: status, note: note, adoptedIn: adoptedIn,
                compromise: compromise.map { ($0, recordedPath) }, author: signer, date: date)
            return AdoptionResult(
                amendment: try self.amendment(id, number), commit: made, conflicts: [], taken: outcome.taken)
        }
        throw LegisError(
            .conflict, "The branch kept moving while adopting amendment \(number) to '\(id)'; nothing was lost: run the command again.")
    }

    /// Refuses a decision on an amendment that is no longer tabled.
    static func requireOpen(_ amendment: Amendment, for status: AmendmentStatus) throws(LegisError) {
        guard amendment.status.isOpen else {
            let last = amendment.history.last
            let when = last.map { " on \(ISO8601.string($0.date)) by \($0.by)" } ?? ""
            throw LegisError(
                .conflict,
                "Amendment \(amendment.number) to '\(amendment.document)' is \(amendment.status.title.lowercased()) already\(when): only a tabled amendment can be \(status.title.lowercased()).")
        }
    }

    /// Appends a decision commit under the amendment's ref with compare-and-swap on its head.
    private func appendDecision(
        _ amendment: Amendment, status: AmendmentStatus, note: String, adoptedIn: ObjectID?,
        compromise: (bytes: [UInt8], path: String)?, author: Author, date: Date
    ) throws(LegisError) {
        var trailers: [(key: String, value: String)] = [("Legis-Decision", status.rawValue)]
        if let adoptedIn { trailers.append(("Legis-Adopted-In", adoptedIn.hex)) }
        let message = AmendmentMessage(
            summary: "\(status.title): amendment \(amendment.number) to \(amendment.document)".singleLine, body: note,
            trailers: trailers)
        let signature = author.signature(at: date)
        let changes: [FileChange] = compromise.map { [.write(path: $0.path, contents: $0.bytes, executable: false)] } ?? []
        let head = amendment.head
        let decision = try git { () throws(GitError) in
            try repository.createDetachedCommit(
                changes: changes, base: head, parents: [head], message: message.text, author: signature,
                committer: signature)
        }
        do {
            try repository.updateReference(
                name: amendment.reference, to: decision, expected: head, message: "amendment: \(status.rawValue)")
        } catch {
            if error.isConflict || error.isNotFound {
                throw LegisError(
                    .conflict,
                    "Amendment \(amendment.number) to '\(amendment.document)' was decided by someone else meanwhile; see 'legis amendment show \(amendment.document) \(amendment.number)'.")
            }
            throw LegisError(.repository, "Could not record the decision: \(error.message).")
        }
    }

    /// Writes the adopted text to the working file when it still holds the text it replaced
    /// (local edits are left alone).
    private func refreshWorkingFile(_ path: String, from old: [UInt8], to new: [UInt8]) throws(LegisError) {
        guard let file = workingPath(path), let data = FileManager.default.contents(atPath: file),
            [UInt8](data) == old
        else { return }
        try writeWorkingFile(path, new)
    }
}
