public import Foundation
import LegisExchange
import LegisGit
import LegisSignature

extension Workspace {
    /// The refs of the bundle that name the revision and the registry's commit.
    static let evidenceRevisionRef = "refs/evidence/revision"
    static let evidenceRegistryRef = "refs/evidence/registry"

    /// An evidence package (a ZIP file) for a revision of a document: its text, every
    /// endorsement of that revision as the signed tag, the allowed-signers file, the stakeholder
    /// registry as it stands, a git bundle with the commits and refs needed, Legis's verification
    /// report, and a README with the plain git and ssh-keygen commands that verify it offline.
    public func evidence(_ reference: DocumentReference, date: Date = Date()) throws(LegisError) -> [UInt8] {
        let revision = try revision(of: reference.id, reference.revision)
        guard let tip = try tip() else { throw LegisError(.notFound, "The workspace has no commits yet.") }
        let text = try git { () throws(GitError) in try repository.blob(revision.blob) }
        let reports = try endorsements(of: reference.id).filter { $0.blob == revision.blob }
        let refs = try git { () throws(GitError) in
            try repository.references(withPrefix: EndorsementRef.prefix + reference.id.refSegment + "/", peel: false)
        }
        let byName = Dictionary(refs.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        var bundleRefs = [
            BundleReference(name: Self.evidenceRevisionRef, target: revision.commit),
            BundleReference(name: Self.evidenceRegistryRef, target: tip),
        ]
        var zip = ZipWriter()
        var files: [String: [UInt8]] = [:]
        var entries: [EvidenceManifest.Endorsement] = []
        // An invalid endorsement proves nothing: it is named in the report, not packed.
        for report in reports where report.status != .invalid {
            guard let parsed = EndorsementRef(name: report.ref), let ref = byName[report.ref] else { continue }
            var names = [(parsed, ref, report.status.rawValue)]
            var revocation = parsed
            revocation.isRevocation = true
            if let revoked = byName[revocation.name] { names.append((revocation, revoked, "revocation")) }
            for (name, ref, status) in names {
                let object = try git { () throws(GitError) in try repository.readObject(ref.target) }
                guard object.type == .tag, let tag = try? TagObject.parse(bytes: object.bytes) else { continue }
                let file =
                    "endorsements/\(name.stakeholder)-\(name.number)\(name.isRevocation ? "-revocation" : "").tag"
                files[file] = object.bytes
                bundleRefs.append(BundleReference(name: ref.name, target: ref.target))
                entries.append(
                    EvidenceManifest.Endorsement(
                        ref: ref.name, tag: ref.target.hex, file: file,
                        commit: report.commit?.hex ?? revision.commit.hex,
                        stakeholder: name.stakeholder,
                        signedAt: Self.verifyTime(tag.tag.tagger.date), revocation: name.isRevocation, status: status))
            }
        }
        files["allowed_signers"] = Array(try allowedSigners().utf8)
        let folder = config.stakeholders + "/"
        let tipFiles = try git { () throws(GitError) in try repository.files(at: tip) }
        for (path, blob) in tipFiles.sorted(by: { $0.key < $1.key })
        where path.hasPrefix(folder) && path.hasSuffix(".yml") {
            files["registry/" + String(path.dropFirst(folder.count))] = try git { () throws(GitError) in
                try repository.blob(blob)
            }
        }
        files["repository.bundle"] = try git { () throws(GitError) in try repository.bundle(bundleRefs) }
        files["verification.txt"] = Array(Self.verificationText(reports, revision: revision, date: date).utf8)
        var manifest = EvidenceManifest(
            format: 1, document: reference.id.rawValue, path: revision.path, commit: revision.commit.hex,
            blob: revision.blob.hex, textSHA256: Self.sha256Hex(text), registryCommit: tip.hex,
            created: ISO8601.string(date), endorsements: entries, files: [:])
        files["README.md"] = Array(EvidenceReadme.text(manifest).utf8)
        files["verify.sh"] = Array(EvidenceReadme.script(manifest).utf8)
        manifest.files = files.mapValues(Self.sha256Hex)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let json: Data
        do { json = try encoder.encode(manifest) } catch {
            throw LegisError(.io, "The evidence manifest could not be written: \(error).")
        }
        zip.add("README.md", files["README.md"] ?? [])
        zip.add("text.md", text)
        zip.add("manifest.json", [UInt8](json) + [0x0A])
        for name in files.keys.sorted() where name != "README.md" { zip.add(name, files[name] ?? []) }
        return try Self.exchange { () throws(ExchangeError) in try zip.archive(date: date) }
    }

    /// `YYYYMMDDHHMMSS` in UTC, as `ssh-keygen -Overify-time=` takes it.
    static func verifyTime(_ date: Date) -> String {
        ISO8601.string(date).filter(\.isNumber).prefix(14).description
    }

    static func verificationText(_ reports: [EndorsementReport], revision: Revision, date: Date) -> String {
        var lines = [
            "Legis verification of \(revision.document) at \(revision.commit.hex)",
            "made \(ISO8601.string(date))", "",
        ]
        if reports.isEmpty { lines.append("No endorsement of this revision.") }
        for report in reports {
            let packed = report.status == .invalid ? " (not in this package)" : ""
            lines.append("\(report.ref): \(report.status.rawValue)\(packed) — \(report.reason)")
            lines.append(
                "  stakeholder \(report.stakeholder), stance \(report.stance ?? "?"), key \(report.keyFingerprint ?? "?")"
            )
            if !report.statement.isEmpty {
                lines.append(
                    contentsOf: report.statement.split(separator: "\n", omittingEmptySubsequences: false).map {
                        "  > \($0)"
                    })
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
