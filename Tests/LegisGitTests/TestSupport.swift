import Foundation
import LegisGit

/// A temporary folder, removed when the value is released.
final class TemporaryFolder {
    let path: String

    init() throws {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("legis-git-tests-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        path = url.path
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }

    /// A path inside the folder.
    func child(_ name: String) -> String { path + "/" + name }
}

/// A failure of the `git` command run by a test.
struct GitCommandError: Error, CustomStringConvertible {
    var arguments: [String]
    var status: Int32
    var output: String
    var description: String { "git \(arguments.joined(separator: " ")) exited with \(status): \(output)" }
}

/// Runs the real `git` with a private HOME and a fixed identity; returns its standard output.
@discardableResult
func git(_ arguments: [String], in folder: String, input: String? = nil) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/git")
    process.arguments = ["-c", "user.name=Plain Git", "-c", "user.email=plain@example.org"] + arguments
    process.currentDirectoryURL = URL(fileURLWithPath: folder)
    var environment = ProcessInfo.processInfo.environment
    environment["HOME"] = folder
    environment["GIT_CONFIG_NOSYSTEM"] = "1"
    environment["GIT_TERMINAL_PROMPT"] = "0"
    process.environment = environment
    let output = Pipe()
    let errors = Pipe()
    let inputPipe = Pipe()
    process.standardOutput = output
    process.standardError = errors
    process.standardInput = inputPipe
    try process.run()
    if let input { inputPipe.fileHandleForWriting.write(Data(input.utf8)) }
    try inputPipe.fileHandleForWriting.close()
    let outputData = output.fileHandleForReading.readDataToEndOfFile()
    let errorData = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let text = String(decoding: outputData, as: UTF8.self)
    guard process.terminationStatus == 0 else {
        throw GitCommandError(
            arguments: arguments, status: process.terminationStatus,
            output: text + String(decoding: errorData, as: UTF8.self))
    }
    return text
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
