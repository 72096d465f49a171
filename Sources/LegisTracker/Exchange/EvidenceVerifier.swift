import Foundation
import LegisExchange
import LegisGit
import LegisSignature

/// Checks an evidence package on its own: every file against the manifest, the bundle's
/// history, the text against the endorsed commit and the signed hash, and each endorsement's
/// signature against `allowed_signers`.
enum EvidenceVerifier {
    static func verify(_ bytes: [UInt8], name: String) throws(LegisError) -> EvidenceReport {
        let zip = try Workspace.exchange { () throws(ExchangeError) in try ZipReader(bytes, name: name) }
        func part(_ path: String) throws(LegisError) -> [UInt8] {
            guard let found = try Workspace.exchange({ () throws(ExchangeError) in try zip.part(path) }) else {
                throw LegisError(.verification, "\(name): the package has no \(path).")
            }
            return found
        }
        func fail(_ reason: String) -> LegisError { LegisError(.verification, "\(name): \(reason)") }
        let manifest: EvidenceManifest
        do {
            manifest = try JSONDecoder().decode(EvidenceManifest.self, from: Data(try part("manifest.json")))
        } catch let error as LegisError {
            throw error
        } catch {
            throw fail("manifest.json cannot be read: \(error).")
        }
        var checks: [String] = []
        for (path, hash) in manifest.files.sorted(by: { $0.key < $1.key }) {
            guard Workspace.sha256Hex(try part(path)) == hash else {
                throw fail("\(path) was changed after the package was made (its SHA-256 differs from the manifest's).")
            }
        }
        checks.append("\(manifest.files.count) files match the manifest")
        let text = try part("text.md")
        guard Workspace.sha256Hex(text) == manifest.textSHA256 else {
            throw fail("text.md was changed: its SHA-256 is not the endorsed text's \(manifest.textSHA256).")
        }
        // The bundle, read into a scratch repository.
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent(
            "legis-evidence-\(UUID().uuidString)"
        ).path
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let repository: Repository
        let refs: [BundleReference]
        do {
            repository = try Repository.initialize(at: scratch, bare: true)
            refs = try repository.unbundle(try part("repository.bundle"))
        } catch let error as LegisError {
            throw error
        } catch {
            throw fail("repository.bundle is not a valid git bundle: \(error).")
        }
        let targets = Dictionary(refs.map { ($0.name, $0.target) }, uniquingKeysWith: { first, _ in first })
        guard let commit = ObjectID(hex: manifest.commit), targets[Workspace.evidenceRevisionRef] == commit,
            repository.objectExists(commit)
        else {
            throw fail("the bundle does not hold the endorsed commit \(manifest.commit.prefix(12)).")
        }
        guard let blob = try? repository.blobID(at: commit, path: manifest.path), blob.hex == manifest.blob,
            let stored = try? repository.blob(blob), stored == text
        else {
            throw fail(
                "text.md is not the text of \(manifest.path) at the endorsed commit \(manifest.commit.prefix(12)).")
        }
        checks.append(
            "text.md is \(manifest.path) at \(manifest.commit.prefix(12)), SHA-256 \(manifest.textSHA256.prefix(16))…")
        let signers = AllowedSignersFile(String(decoding: try part("allowed_signers"), as: UTF8.self))
        for entry in manifest.endorsements {
            let tagBytes = try part(entry.file)
            guard let target = targets[entry.ref], let object = try? repository.readObject(target), object.type == .tag,
                object.bytes == tagBytes
            else {
                throw fail("\(entry.file) is not the tag object the bundle holds for \(entry.ref).")
            }
            let parsed: ParsedTagObject
            do { parsed = try TagObject.parse(bytes: tagBytes) } catch {
                throw fail("\(entry.file) is not a signed tag: \(error).")
            }
            guard let signature = parsed.signature, signature.verify(message: parsed.payload, namespace: "git") else {
                throw fail("\(entry.ref): bad signature, the signed text or signature was altered.")
            }
            guard signers.allows(principal: entry.stakeholder, key: signature.publicKey) else {
                throw fail(
                    "\(entry.ref): the signing key \(signature.publicKey.fingerprint) is not in allowed_signers for \(entry.stakeholder)."
                )
            }
            if entry.revocation {
                checks.append("\(entry.ref): revocation signed by \(entry.stakeholder)")
                continue
            }
            let statement: EndorsementStatement
            do { statement = try EndorsementStatement.parse(parsed.tag.message) } catch {
                throw fail("\(entry.ref): the signed message is not an endorsement: \(error).")
            }
            guard let endorsed = ObjectID(hex: entry.commit), statement.commit == entry.commit,
                parsed.tag.object == entry.commit,
                let endorsedBlob = try? repository.blobID(at: endorsed, path: manifest.path), endorsedBlob == blob,
                statement.textSHA256 == manifest.textSHA256, statement.stakeholder == entry.stakeholder,
                statement.document == manifest.document
            else {
                throw fail("\(entry.ref) endorses another text, commit or stakeholder than the package says.")
            }
            checks.append(
                "\(entry.ref): good signature by \(entry.stakeholder) (\(statement.stance.rawValue)) over this text")
        }
        return EvidenceReport(document: manifest.document, commit: manifest.commit, checks: checks)
    }
}

/// The keys of an `allowed_signers` file, by principal.
struct AllowedSignersFile {
    private var keys: [String: Set<String>] = [:]

    init(_ text: String) {
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let tokens = line.split(separator: " ")
            guard let principals = tokens.first,
                let index = tokens.firstIndex(where: { $0.hasPrefix("ssh-") }), index + 1 < tokens.count
            else { continue }
            for principal in principals.split(separator: ",") {
                keys[String(principal), default: []].insert("\(tokens[index]) \(tokens[index + 1])")
            }
        }
    }

    func allows(principal: String, key: SSHPublicKey) -> Bool {
        keys[principal]?.contains("\(key.keyType) \(key.base64Blob)") ?? false
    }
}

extension Workspace {
    /// Checks an evidence package (see `evidence`); throws with the reason when a check fails.
    public static func verifyEvidence(_ bytes: [UInt8], name: String) throws(LegisError) -> EvidenceReport {
        try EvidenceVerifier.verify(bytes, name: name)
    }
}
