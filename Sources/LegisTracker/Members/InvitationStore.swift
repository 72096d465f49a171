import Crypto
import Foundation

/// The pending invitations of a workspace: one JSON file per invitation under
/// `<git folder>/legis/invitations/`, named by the SHA-256 of its token.
///
/// Using an invitation renames its file first (an atomic step of the file system), so two
/// enrolments with the same link cannot both succeed, across processes too.
struct InvitationStore {
    let folder: String

    init(gitDirectory: String) {
        folder = (gitDirectory.hasSuffix("/") ? gitDirectory : gitDirectory + "/") + "legis/invitations"
    }

    /// Stores an invitation and returns its token (64 hex digits, shown once).
    func add(_ invitation: Invitation) throws(LegisError) -> String {
        var generator = SystemRandomNumberGenerator()
        let token = (0..<32).map { _ in String(format: "%02x", UInt8.random(in: 0...255, using: &generator)) }.joined()
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            let encoder = JSONEncoder()
            encoder.dateEncodingStrategy = .iso8601
            try encoder.encode(invitation).write(to: URL(fileURLWithPath: file(token)), options: .withoutOverwriting)
        } catch {
            throw LegisError(.io, "Could not store the invitation in \(folder): \(error.localizedDescription)")
        }
        return token
    }

    /// The invitation for `token`, if it exists, is unused and has not expired.
    func peek(_ token: String, at date: Date) throws(LegisError) -> Invitation {
        try read(file(token), at: date)
    }

    /// Takes the invitation for `token`: afterwards it can never be used again.
    func take(_ token: String, at date: Date) throws(LegisError) -> Invitation {
        let pending = try file(token)
        let used = pending + ".used"
        guard rename(pending, used) == 0 else { throw Self.unknown }
        return try read(used, at: date)
    }

    private func read(_ path: String, at date: Date) throws(LegisError) -> Invitation {
        guard let data = FileManager.default.contents(atPath: path) else { throw Self.unknown }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        guard let invitation = try? decoder.decode(Invitation.self, from: data) else {
            throw LegisError(.invalidInput, "The invitation file \(path) is damaged; invite the person again.")
        }
        guard date < invitation.expires else {
            throw LegisError(.notFound, "This invitation expired on \(ISO8601.string(invitation.expires)); ask the secretariat for a new one.")
        }
        return invitation
    }

    private func file(_ token: String) throws(LegisError) -> String {
        guard token.utf8.count == 64, token.utf8.allSatisfy({ ("0"..."9").contains(Character(UnicodeScalar($0))) || ("a"..."f").contains(Character(UnicodeScalar($0))) }) else {
            throw Self.unknown
        }
        let digest = SHA256.hash(data: Array(token.utf8)).map { String(format: "%02x", $0) }.joined()
        return folder + "/" + digest + ".json"
    }

    static let unknown = LegisError(
        .notFound, "This invitation link is not valid or was used already; ask the secretariat for a new one.")
}
