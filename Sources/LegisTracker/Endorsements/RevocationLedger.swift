import Foundation
import LegisGit

/// The revocation ledger: a file on the branch listing every revocation by the ids of its tag and
/// of the endorsement tag it revokes, one `<revocation> <endorsement>` line each.
///
/// It is read as the union of every version in the branch's history, so a line removed later
/// still counts. An endorsement listed here whose revocation tag is missing (its ref deleted, or
/// never fetched) is reported invalid rather than current: deleting a revocation ref does not
/// bring an endorsement back.
enum RevocationLedger {
    /// The path of the ledger in the repository.
    static let path = ".legis/revocations"

    /// One recorded revocation.
    struct Entry: Hashable {
        var revocation: ObjectID
        var endorsement: ObjectID
        /// The commit that recorded it.
        var commit: ObjectID
    }

    /// Every entry recorded in the history ending at `tip`, by endorsement tag id.
    static func read(_ workspace: Workspace, tip: ObjectID?) throws(GitError) -> [ObjectID: [Entry]] {
        guard let tip else { return [:] }
        var result: [ObjectID: [Entry]] = [:]
        var seen = Set<ObjectID>()
        for commit in try workspace.repository.history(of: path, from: tip) {
            guard let bytes = try workspace.repository.file(at: commit.id, path: path) else { continue }
            for line in String(decoding: bytes, as: UTF8.self).split(separator: "\n") {
                let fields = line.split(separator: " ")
                guard fields.count >= 2, let revocation = ObjectID(hex: String(fields[0])),
                    let endorsement = ObjectID(hex: String(fields[1])), seen.insert(revocation).inserted
                else { continue }
                result[endorsement, default: []].append(
                    Entry(revocation: revocation, endorsement: endorsement, commit: commit.id))
            }
        }
        return result
    }

    /// The ledger text at `tip` with one more entry.
    static func appending(
        _ workspace: Workspace, revocation: ObjectID, endorsement: ObjectID, ref: String
    ) throws(LegisError) -> [UInt8] {
        var bytes =
            try workspace.committedFile(path) ?? Array("# Revocations: <revocation tag> <endorsement tag> <ref>\n".utf8)
        if let last = bytes.last, last != 10 { bytes.append(10) }
        bytes += Array("\(revocation.hex) \(endorsement.hex) \(ref)\n".utf8)
        return bytes
    }
}
