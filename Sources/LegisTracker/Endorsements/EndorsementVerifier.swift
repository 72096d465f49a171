import Foundation
import LegisDiff
import LegisDocument
import LegisGit
import LegisSignature

/// Verifies the endorsement refs of a workspace, with caches so that thousands verify quickly.
struct EndorsementVerifier {
    /// The clock skew allowed between machines when dates are compared: five minutes.
    static let clockSkew: TimeInterval = 300

    let workspace: Workspace
    let history: RegistryHistory
    let tip: ObjectID?
    /// When the verification runs: endorsements dated later than this (plus the skew) are invalid.
    let now: Date
    /// Revocations by the id of the endorsement tag they revoke, wherever their refs are.
    var revocations: [ObjectID: [Revocation]] = [:]
    /// Revocations recorded in the branch's revocation ledger, by endorsement tag id.
    var ledger: [ObjectID: [RevocationLedger.Entry]] = [:]
    /// The committer dates of endorsed commits.
    private var latestBlobs: [String: ObjectID?] = [:]
    private var textHashes: [ObjectID: String] = [:]
    private var blobsAt: [String: ObjectID?] = [:]
    private var changes: [String: [String]] = [:]
    private var documents: [ObjectID: Document] = [:]
    private var draftNames: [String: [ObjectID: [String]]] = [:]
    private var paths: [DocumentID: String] = [:]

    var commitDates: [ObjectID: Date] = [:]

    init(workspace: Workspace, now: Date = Date()) throws(LegisError) {
        self.workspace = workspace
        tip = try workspace.tip()
        history = try RegistryHistory(workspace: workspace, tip: tip)
        self.now = now
    }

    /// Reports every endorsement (optionally of one document), revocations applied, sorted by ref.
    ///
    /// A revocation revokes the signed endorsement object it points at, wherever refs point:
    /// every revocation tag under `refs/endorsements/` counts, whatever its ref name, and so does
    /// every revocation recorded in the branch's revocation ledger (a revocation whose ref was
    /// deleted leaves its endorsement invalid, not current).
    mutating func reports(for document: DocumentID?) throws(LegisError) -> [EndorsementReport] {
        let all = try workspace.git { () throws(GitError) in
            try workspace.repository.references(withPrefix: EndorsementRef.prefix, peel: false)
        }
        collectRevocations(all)
        ledger = (try? RevocationLedger.read(workspace, tip: tip)) ?? [:]
        let prefix = EndorsementRef.prefix + (document.map { "\($0.refSegment)/" } ?? "")
        var reports: [EndorsementReport] = []
        for ref in all where ref.name.hasPrefix(prefix) {
            let parsed = EndorsementRef(name: ref.name)
            if let parsed, parsed.isRevocation, isRevocationTag(ref.target) { continue }
            var report = verify(ref: ref, parsed: parsed)
            if report.status != .invalid {
                applyRevocations(to: &report, object: ref.target)
            }
            reports.append(report)
        }
        return reports.sorted { $0.ref < $1.ref }
    }

    private mutating func verify(ref: Reference, parsed: EndorsementRef?) -> EndorsementReport {
        let fallbackDocument = parsed?.document.rawValue ?? ""
        let fallbackStakeholder = parsed?.stakeholder ?? ""
        func invalid(_ reason: String) -> EndorsementReport {
            EndorsementReport(
                ref: ref.name, document: fallbackDocument, stakeholder: fallbackStakeholder, status: .invalid,
                reason: reason)
        }
        guard let parsed else { return invalid("the ref is not of the form refs/endorsements/<document>/<stakeholder>/<n>") }
        guard let object = try? workspace.repository.readObject(ref.target) else {
            return invalid("the endorsement object \(ref.target.short) is missing")
        }
        guard object.type == .tag else { return invalid("the ref does not point at a signed tag") }
        let tagObject: ParsedTagObject
        do { tagObject = try TagObject.parse(bytes: object.bytes) } catch {
            return invalid("message not in the expected form: \(error)")
        }
        let statement: EndorsementStatement
        do { statement = try EndorsementStatement.parse(tagObject.tag.message) } catch {
            return invalid("message not in the expected form: \(error)")
        }
        var report = EndorsementReport(
            ref: ref.name, document: statement.document, stakeholder: statement.stakeholder, status: .invalid, reason: "")
        report.stance = statement.stance.rawValue
        report.commit = ObjectID(hex: statement.commit)
        report.blob = ObjectID(hex: statement.blob)
        report.statement = statement.statement
        report.scope = statement.scope ?? []
        report.date = statement.date
        report.keyFingerprint = tagObject.signature?.publicKey.fingerprint
        func fail(_ reason: String) -> EndorsementReport {
            var failed = report
            failed.reason = reason
            return failed
        }
        guard let signature = tagObject.signature else { return fail("the tag carries no SSH signature") }
        guard signature.verify(message: tagObject.payload, namespace: "git") else {
            return fail("bad signature: the signed text or signature was altered")
        }
        guard statement.document == parsed.document.rawValue, statement.stakeholder == parsed.stakeholder else {
            return fail("the signed message names \(statement.document) by \(statement.stakeholder), not this ref's document and stakeholder (copied endorsement)")
        }
        guard statement.commit == tagObject.tag.object, tagObject.tag.type == .commit else {
            return fail("the tag points at \(tagObject.tag.object.prefix(7)), not the signed commit \(statement.commit.prefix(7))")
        }
        guard "refs/" + tagObject.tag.name == ref.name else {
            return fail("the signed tag names the ref refs/\(tagObject.tag.name), not this one (copied endorsement)")
        }
        guard tagObject.tag.tagger.timestamp == statement.timestamp else {
            return fail("the tagger date differs from the signed Date \(ISO8601.string(statement.date))")
        }
        if statement.date > now.addingTimeInterval(Self.clockSkew) {
            return fail("dated in the future (\(ISO8601.string(statement.date)))")
        }
        if let problem = judgeKey(signature.publicKey, of: statement.stakeholder, at: statement.date) {
            return fail(problem)
        }
        guard let commit = report.commit, let signedBlob = report.blob, workspace.repository.objectExists(commit) else {
            return fail("the endorsed commit \(statement.commit.prefix(7)) is missing from the repository")
        }
        if let committed = commitDate(commit), statement.date < committed.addingTimeInterval(-Self.clockSkew) {
            return fail(
                "dated \(ISO8601.string(statement.date)), before the endorsed commit was made (\(ISO8601.string(committed))): backdated")
        }
        guard let path = path(of: parsed.document) else {
            return fail("the document \(statement.document) is missing")
        }
        guard let actualBlob = blob(at: commit, path: path) else {
            return fail("the document \(statement.document) is missing at the endorsed commit")
        }
        guard actualBlob == signedBlob else { return fail("text hash mismatch: the endorsed commit holds another text") }
        guard let hash = textHash(signedBlob), hash == statement.textSHA256 else {
            return fail("text hash mismatch: the SHA-256 of the text differs from the signed one")
        }
        report.drafts = drafts(of: parsed.document)[commit] ?? []
        guard let latest = latestBlob(path) else {
            return fail("the document \(statement.document) is missing: it was removed after signing")
        }
        if latest == signedBlob {
            report.status = .current
            report.reason = "valid signature; the text is unchanged since it was endorsed"
            return report
        }
        let scope = statement.scope ?? []
        let changed = changedProvisions(from: signedBlob, to: latest, scope: scope)
        if changed.isEmpty {
            report.status = .current
            report.reason =
                scope.isEmpty
                ? "valid signature; the wording is unchanged since it was endorsed (only line breaks or spaces changed)"
                : "valid signature; the wording of the provisions in its scope is unchanged"
        } else {
            report.status = .stale
            report.changedProvisions = changed
            report.reason = "valid signature, but the text changed after signing: \(changed.prefix(8).joined(separator: ", "))\(changed.count > 8 ? "…" : "")"
        }
        return report
    }

    private mutating func commitDate(_ commit: ObjectID) -> Date? {
        if let cached = commitDates[commit] { return cached }
        let date = (try? workspace.repository.commit(commit))?.committer.date
        commitDates[commit] = date
        return date
    }

    private mutating func path(of document: DocumentID) -> String? {
        if let cached = paths[document] { return cached }
        guard let found = try? workspace.path(of: document) else { return nil }
        paths[document] = found
        return found
    }

    private mutating func blob(at commit: ObjectID, path: String) -> ObjectID? {
        let key = commit.hex + ":" + path
        if let cached = blobsAt[key] { return cached }
        let found = (try? workspace.repository.blobID(at: commit, path: path)) ?? nil
        blobsAt[key] = found
        return found
    }

    private mutating func latestBlob(_ path: String) -> ObjectID? {
        if let cached = latestBlobs[path] { return cached }
        let found = tip.flatMap { blob(at: $0, path: path) }
        latestBlobs[path] = found
        return found
    }

    private mutating func textHash(_ blob: ObjectID) -> String? {
        if let cached = textHashes[blob] { return cached }
        guard let bytes = try? workspace.repository.blob(blob) else { return nil }
        let hash = Workspace.sha256Hex(bytes)
        textHashes[blob] = hash
        return hash
    }

    private mutating func parsed(_ blob: ObjectID) -> Document? {
        if let cached = documents[blob] { return cached }
        guard let bytes = try? workspace.repository.blob(blob), let document = try? DocumentParser().parse(bytes: bytes)
        else { return nil }
        documents[blob] = document
        return document
    }

    private mutating func drafts(of document: DocumentID) -> [ObjectID: [String]] {
        if let cached = draftNames[document.rawValue] { return cached }
        var names: [ObjectID: [String]] = [:]
        for draft in (try? workspace.drafts(of: document)) ?? [] { names[draft.commit, default: []].append(draft.name) }
        draftNames[document.rawValue] = names
        return names
    }

    /// The provisions whose wording differs between two texts; with a scope, only those in it.
    /// A change of line wrapping alone changes no wording.
    private mutating func changedProvisions(from old: ObjectID, to new: ObjectID, scope: [String]) -> [String] {
        let key = old.hex + new.hex + scope.joined(separator: ",")
        if let cached = changes[key] { return cached }
        guard let before = parsed(old), let after = parsed(new) else { return ["(the text could not be parsed)"] }
        let result = ScopeComparison.changed(before, after, scope: scope)
        changes[key] = result
        return result
    }
}

extension EndorsementVerifier {
    /// The words and signs of `text` without the whitespace between them: what a change of line
    /// wrapping leaves as it is. Whitespace is what the redline treats as such: ASCII space, tab,
    /// line feed, carriage return, vertical tab and form feed (so CRLF line ends too, which Swift
    /// counts as one Character).
    static func wording(_ text: String) -> [ArraySlice<UInt8>] {
        Array(text.utf8).split(whereSeparator: { $0 == 0x20 || (0x09...0x0D).contains($0) })
    }
}

extension Workspace {
    /// Verifies every endorsement, or those of one document, and reports each one's status.
    public func endorsements(of document: DocumentID? = nil) throws(LegisError) -> [EndorsementReport] {
        var verifier = try EndorsementVerifier(workspace: self)
        let reports = try verifier.reports(for: document)
        // A document with neither a text nor an endorsement is unknown, as for `log`.
        if let document, reports.isEmpty { _ = try existingPath(of: document) }
        return reports
    }
}
