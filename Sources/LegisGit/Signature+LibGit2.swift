import CLibGit2
import Foundation

extension Signature {
    /// A placeholder for a missing signature: no name, no email, the Unix epoch.
    static let unknown = Signature(name: "", email: "", date: Date(timeIntervalSince1970: 0))

    /// Copies a libgit2 signature.
    init(_ signature: UnsafePointer<git_signature>) {
        let value = signature.pointee
        self.init(
            name: value.name.map { String(cString: $0) } ?? "",
            email: value.email.map { String(cString: $0) } ?? "",
            date: Date(timeIntervalSince1970: TimeInterval(value.when.time)),
            timeZoneOffsetMinutes: Int(value.when.offset)
        )
    }

    /// Runs `body` with a libgit2 signature made from this one, freed afterwards.
    func withLibGit2Signature<Result>(
        _ body: (UnsafePointer<git_signature>) throws(GitError) -> Result
    ) throws(GitError) -> Result {
        var signature: UnsafeMutablePointer<git_signature>?
        try check(
            git_signature_new(
                &signature, name, email, git_time_t(date.timeIntervalSince1970), Int32(timeZoneOffsetMinutes)),
            "git_signature_new")
        defer { git_signature_free(signature) }
        guard let signature else {
            throw GitError(code: .generic, message: "libgit2 returned no signature", call: "git_signature_new")
        }
        return try body(signature)
    }
}
