import Foundation
import LegisDiff
import LegisDocument
import LegisGit
import LegisSignature

/// Verifies the endorsement refs of a workspace, with caches so that thousands verify quickly.
struct EndorsementVerifier {
    let workspace: Workspace
    let registry: StakeholderRegistry
    let tip: ObjectID?
    private var latestBlobs: [String: ObjectID?] = [:]
    private var textHashes: [ObjectID: String] = [:]
    private var blobsAt: [String: ObjectID?] = [:]
    private var changes: [String: [String]] = [:]
    private var documents: [ObjectID: Document] = [:]
    private var draftNames: [String: [ObjectID: [String]]] = [:]
    private var paths: [DocumentID: String] = [:]

    init(workspace: Workspace) throws(LegisError) {
        self.workspace = workspace
        registry = try workspace.stakeholderRegistry()
        tip = try workspace.tip()
    }

    /// Reports every endorsement (optionally of one document), revocations applied, sorted by ref.
    mutating func reports(for document: DocumentID?) throws(LegisError) -> [EndorsementReport] {
        let prefix = EndorsementRef.prefix + (document.map { "\($0.refSegment)/" } ?? "")
        let refs = try workspace.git { () throws(GitError) in
            try workspace.repository.references(withPrefix: prefix, peel: false)
        }
        var endorsements: [(EndorsementRef?, Reference)] = []
        var revocations: [String: Reference] = [:]
        for ref in refs {
            let parsed = EndorsementRef(name: ref.name)
            if let parsed, parsed.isRevocation {
                revocations[parsed.endorsement.name] = ref
            } else {
                endorsements.append((parsed, ref))
            }
        }
        var reports: [EndorsementReport] = []
        for (parsed, ref) in endorsements {
            var report = verify(ref: ref, parsed: parsed)
            if let revocation = revocations[ref.name], report.status != .invalid {
                applyRevocation(revocation, to: &report, endorsement: ref)
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
        guard statement.commit == tagObject.tag.object else {
            return fail("the tag points at \(tagObject.tag.object.prefix(7)), not the signed commit \(statement.commit.prefix(7))")
        }
        if let problem = registry.problems[statement.stakeholder] {
            return fail("the stakeholder file cannot be read: \(problem)")
        }
        guard let stakeholder = registry[statement.stakeholder] else {
            return fail("unknown stakeholder '\(statement.stakeholder)'")
        }
        let identity = Workspace.identity(of: signature.publicKey)
        guard let key = stakeholder.keys.first(where: { $0.identity == identity }) else {
            return fail("the signing key \(signature.publicKey.fingerprint) is not registered for \(stakeholder.id)")
        }
        if key.revoked { return fail("the signing key \(signature.publicKey.fingerprint) is revoked") }
        guard key.isValid(at: statement.date) else {
            return fail("the signing key is not valid on the signing date \(Stakeholder.dayString(statement.date))")
        }
        guard let commit = report.commit, let signedBlob = report.blob, workspace.repository.objectExists(commit) else {
            return fail("the endorsed commit \(statement.commit.prefix(7)) is missing from the repository")
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

    private mutating func applyRevocation(_ revocation: Reference, to report: inout EndorsementReport, endorsement: Reference) {
        guard let object = try? workspace.repository.readObject(revocation.target), object.type == .tag,
            let parsed = try? TagObject.parse(bytes: object.bytes), let signature = parsed.signature,
            signature.verify(message: parsed.payload, namespace: "git"),
            let statement = try? RevocationStatement.parse(parsed.tag.message),
            statement.ref == endorsement.name, statement.endorsementObject == endorsement.target.hex,
            parsed.tag.object == endorsement.target.hex,
            let stakeholder = registry[report.stakeholder],
            let key = stakeholder.keys.first(where: { $0.identity == Workspace.identity(of: signature.publicKey) }),
            !key.revoked
        else {
            report.reason += " (a revocation ref exists but does not verify: ignored)"
            return
        }
        report.status = .revoked
        report.reason = "revoked by \(report.stakeholder) on \(Stakeholder.dayString(statement.date))"
            + (statement.reason.isEmpty ? "" : ": \(statement.reason)")
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
        return try verifier.reports(for: document)
    }
}
