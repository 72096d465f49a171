public import Foundation
import LegisDocument
import LegisGit
import LegisSignature

/// Builds a demonstration workspace from the sample proposals, through the same operations a user runs.
public enum Demo {
    /// One stakeholder of the demo.
    struct Partner {
        var id: String, name: String, category: StakeholderCategory, contact: String
    }

    static let partners: [Partner] = [
        Partner(id: "ngo-safe-passage", name: "Safe Passage Association", category: .ngo, contact: "office@safe-passage.example"),
        Partner(id: "magistrates-forum", name: "Forum of Magistrates against Trafficking", category: .magistrates, contact: "secretariat@magistrates.example"),
        Partner(id: "police-anti-trafficking", name: "National Police, Anti-Trafficking Directorate", category: .police, contact: "dct@police.example"),
        Partner(id: "embassy-partner", name: "Partner Embassy, Justice and Home Affairs Section", category: .embassy, contact: "jha@embassy.example"),
        Partner(id: "intl-migration-office", name: "International Migration Organisation, Country Office", category: .internationalOrganisation, contact: "country@imo.example"),
        Partner(id: "child-protection-directorate", name: "Directorate for Child Protection", category: .childProtection, contact: "contact@childprotection.example"),
        Partner(id: "ministry-of-labour", name: "Ministry of Labour, Labour Migration Unit", category: .centralAdministration, contact: "migration@labour.example"),
        Partner(id: "research-institute", name: "Institute for Criminological Research", category: .researcher, contact: "info@criminology.example"),
    ]

    static let author = Author(name: "Working Group Secretariat", email: "secretariat@working-group.example")

    /// What the demo made.
    public struct Summary: Sendable {
        public var documents: [DocumentID]
        public var stakeholders: Int
        public var endorsements: [EndorsementReport]
    }

    /// Builds the demo workspace at `path` (which must not exist or be empty) from the proposal folders
    /// in `proposals`. The stakeholders' private keys are kept in the repository's git folder, under
    /// `demo-keys/`, outside the tracked files.
    @discardableResult
    public static func build(at path: String, proposals: String, date: Date = Date()) throws(LegisError) -> Summary {
        let manager = FileManager.default
        if let contents = try? manager.contentsOfDirectory(atPath: path), !contents.isEmpty {
            throw LegisError(.conflict, "\(path) is not empty: give a new folder for the demo.")
        }
        let folders: [String]
        do {
            folders = try manager.contentsOfDirectory(atPath: proposals).filter { name in
                var isFolder: ObjCBool = false
                return !name.hasPrefix(".") && manager.fileExists(atPath: proposals + "/" + name, isDirectory: &isFolder)
                    && isFolder.boolValue
            }.sorted()
        } catch {
            throw LegisError(.notFound, "No proposals folder at \(proposals): pass --proposals DIR.")
        }
        guard !folders.isEmpty else { throw LegisError(.notFound, "\(proposals) holds no proposal folders.") }

        let workspace = try Workspace.initialize(at: path, author: author)
        // The trust root: the secretariat's key signs every registry change.
        let keyFolder = workspace.repository.gitDirectory + "/demo-keys"
        try? manager.createDirectory(atPath: keyFolder, withIntermediateDirectories: true)
        let secretariatKey = SSHPrivateKey.generate(comment: "secretariat")
        let secretariat = NativeSigner(key: secretariatKey)
        manager.createFile(
            atPath: keyFolder + "/secretariat", contents: Data(secretariatKey.openSSHFormat.utf8),
            attributes: [.posixPermissions: 0o600])
        manager.createFile(
            atPath: keyFolder + "/secretariat.pub", contents: Data((secretariatKey.publicKey.authorizedKeyLine + "\n").utf8))
        try workspace.establishTrustRoot(
            secretariat: "secretariat", name: "Working Group Secretariat", signer: secretariat, author: author)
        try? workspace.repository.setConfigValue("user.signingkey", keyFolder + "/secretariat")
        try? workspace.repository.setConfigValue("gpg.format", "ssh")
        // Successive drafts, a month apart, named after their files.
        var documents: [DocumentID] = []
        var start = date.addingTimeInterval(-86_400 * 120)
        for folder in folders {
            let id = try DocumentID(folder)
            let files = try Workspace.draftFiles([proposals + "/" + folder])
            let commits = try workspace.importDrafts(id, from: files, author: author, date: start)
            for (file, commit) in zip(files, commits) {
                try workspace.nameDraft(
                    id, name: draftName(file), revision: commit.hex, note: "Published for the working group",
                    author: author)
            }
            documents.append(id)
            start = start.addingTimeInterval(3_600)
        }

        // Stakeholders with generated keys, registered in commits the secretariat signs.
        var signers: [String: NativeSigner] = [:]
        for partner in partners {
            let key = SSHPrivateKey.generate(comment: partner.id)
            signers[partner.id] = NativeSigner(key: key)
            manager.createFile(
                atPath: keyFolder + "/" + partner.id, contents: Data(key.openSSHFormat.utf8),
                attributes: [.posixPermissions: 0o600])
            try workspace.addStakeholder(
                id: partner.id, name: partner.name, category: partner.category, contact: partner.contact,
                publicKey: key.publicKey.authorizedKeyLine, author: author, signer: secretariat)
        }
        func signer(_ id: String) throws(LegisError) -> NativeSigner {
            guard let signer = signers[id] else { throw LegisError(.notFound, "No demo key for \(id).") }
            return signer
        }

        if let amended = documents.last { try amendments(workspace, amended, date: date) }

        // Endorsements in every state.
        for id in documents {
            let history = try workspace.log(of: id)
            guard let latest = history.first?.commit.hex, let first = history.last?.commit.hex else { continue }
            try workspace.endorse(
                id, revision: latest, as: "ngo-safe-passage", signer: try signer("ngo-safe-passage"), stance: .support,
                statement: "We support this text and thank the drafters for including the protection of exploited workers.")
            try workspace.endorse(
                id, revision: first, as: "magistrates-forum", signer: try signer("magistrates-forum"),
                stance: .supportWithReservations,
                statement: "We support the general approach; the sanctions need to be proportionate and clearly defined.")
            if let scoped = try unchangedProvision(workspace, id, from: first) {
                try workspace.endorse(
                    id, revision: first, as: "research-institute", signer: try signer("research-institute"),
                    stance: .support, scope: [scoped],
                    statement: "Our endorsement covers \(scoped) only, which reflects our research findings.")
            }
            let police = try workspace.endorse(
                id, revision: latest, as: "police-anti-trafficking", signer: try signer("police-anti-trafficking"),
                stance: .support, statement: "Endorsed on behalf of the directorate.")
            try workspace.revokeEndorsement(
                police.name, signer: try signer("police-anti-trafficking"),
                reason: "Signed before the directorate's internal review was complete.")
            try workspace.endorse(
                id, revision: latest, as: "child-protection-directorate",
                signer: try signer("child-protection-directorate"), stance: .object,
                statement: "The text does not yet provide specific safeguards for unaccompanied children.")
        }
        if let target = documents.first {
            let ref = try workspace.endorse(
                target, as: "embassy-partner", signer: try signer("embassy-partner"), stance: .support,
                statement: "Our support is conditional on the registry being public.")
            try tamper(workspace, ref: ref)
            try workspace.endorse(
                target, as: "ministry-of-labour", signer: try signer("ministry-of-labour"),
                stance: .supportWithReservations, statement: "The ministry supports the bill; the licensing fee needs an impact assessment.")
            try workspace.endorse(
                target, as: "intl-migration-office", signer: try signer("intl-migration-office"), stance: .support,
                statement: "The ban on recruitment fees follows international fair-recruitment standards.")
        }
        return Summary(documents: documents, stakeholders: partners.count, endorsements: try workspace.endorsements())
    }

    /// `03-final.md` → `final`.
    static func draftName(_ file: String) -> String {
        let stem = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
        let trimmed = stem.drop { $0.isNumber || $0 == "-" || $0 == "_" }
        let name = String(trimmed.isEmpty ? Substring(stem) : trimmed)
        return String(name.map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" ? $0 : "-" })
    }

    /// A provision whose text is the same in `revision` and at the latest revision.
    static func unchangedProvision(_ workspace: Workspace, _ id: DocumentID, from revision: String) throws(LegisError) -> String? {
        let old = try workspace.document(of: try workspace.revision(of: id, revision))
        let new = try workspace.document(of: try workspace.revision(of: id))
        for provision in old.allProvisions where provision.kind == .article {
            if let current = new.provision(at: provision.path), new.text(current.range) == old.text(provision.range) {
                return provision.path.description
            }
        }
        return nil
    }

    /// Replaces an endorsement's tag by a copy whose statement was edited after signing: an invalid one.
    static func tamper(_ workspace: Workspace, ref: EndorsementRef) throws(LegisError) {
        let repository = workspace.repository
        do {
            guard let current = try repository.reference(named: ref.name) else { return }
            let object = try repository.readObject(current.target)
            let text = String(decoding: object.bytes, as: UTF8.self)
            let edited = text.replacingOccurrences(of: "conditional on the registry being public", with: "unconditional")
            let forged = try repository.writeObject(Array(edited.utf8), type: .tag)
            try repository.updateReference(name: ref.name, to: forged, expected: current.target)
        } catch {
            throw LegisError(.repository, "Could not prepare the tampered demo endorsement: \(error.message).")
        }
    }
}
