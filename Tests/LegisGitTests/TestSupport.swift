import Foundation
import LegisGit
import LegisTestSupport

extension TemporaryFolder {
    /// A path inside the folder.
    func child(_ name: String) -> String { file(name) }
}

/// A failure of the `git` command run by a test.
struct GitCommandError: Error, CustomStringConvertible {
    var arguments: [String]
    var status: Int32
    var output: String
    var description: String { "git \(arguments.joined(separator: " ")) exited with \(status): \(output)" }
}

/// Runs the real `git` in isolation with a fixed identity; returns its standard output.
@discardableResult
func git(_ arguments: [String], in folder: String, input: String? = nil) throws -> String {
    let result = try Tool.run(
        "git", ["-c", "user.name=Plain Git", "-c", "user.email=plain@example.org"] + arguments, in: folder, input: input)
    guard result.status == 0 else {
        throw GitCommandError(arguments: arguments, status: result.status, output: result.output + result.error)
    }
    return result.output
}

/// Runs `git` and returns its output without the final line feed.
func gitLine(_ arguments: [String], in folder: String) throws -> String {
    var text = try git(arguments, in: folder)
    while text.hasSuffix("\n") { text.removeLast() }
    return text
}

/// A fixed author for commits made by the tests.
let drafter = Signature(
    name: "Ada Drafter", email: "ada@example.org", date: Date(timeIntervalSince1970: 1_700_000_000),
    timeZoneOffsetMinutes: 60)

/// Bytes of a UTF-8 string.
func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

extension Repository {
    /// Commits `changes` on `refs/heads/main` on top of its current tip.
    @discardableResult
    func commitOnMain(_ changes: [FileChange], message: String = "Change") throws -> ObjectID {
        let tip = try reference(named: "refs/heads/main")?.target
        return try commit(
            changes: changes, onto: "refs/heads/main", expectedTip: tip, message: message, author: drafter,
            committer: drafter)
    }
}
