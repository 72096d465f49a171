import Foundation

/// What a finished command printed and returned.
struct ToolResult {
    var status: Int32
    var stdout: [UInt8]
    var stderr: String

    var output: String { String(decoding: stdout, as: UTF8.self) }
}

/// Why a command could not be run.
struct ToolError: Error, CustomStringConvertible {
    var description: String
}

/// A temporary folder, also used as `HOME` so the machine's git and ssh configuration stay out.
final class Sandbox {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("legis-signature-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }

    /// The path of `name` inside the folder.
    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    /// Writes `bytes` to `name`, with the given permissions.
    @discardableResult
    func write(_ name: String, _ bytes: [UInt8], permissions: Int = 0o600) throws -> String {
        let path = path(name)
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        try FileManager.default.setAttributes([.posixPermissions: permissions], ofItemAtPath: path)
        return path
    }

    @discardableResult
    func write(_ name: String, _ text: String, permissions: Int = 0o600) throws -> String {
        try write(name, Array(text.utf8), permissions: permissions)
    }

    func read(_ name: String) throws -> String {
        try String(contentsOfFile: path(name), encoding: .utf8)
    }

    /// Runs `tool` with `arguments` in `folder` (the sandbox by default), feeding `input` on stdin.
    func run(_ tool: String, _ arguments: [String], input: [UInt8] = [], in folder: String? = nil) throws -> ToolResult
    {
        let id = UUID().uuidString
        let inPath = try write(".in-\(id)", input)
        let outPath = path(".out-\(id)")
        let errPath = path(".err-\(id)")
        _ = FileManager.default.createFile(atPath: outPath, contents: nil)
        _ = FileManager.default.createFile(atPath: errPath, contents: nil)
        defer {
            for path in [inPath, outPath, errPath] { try? FileManager.default.removeItem(atPath: path) }
        }
        guard let stdin = FileHandle(forReadingAtPath: inPath), let stdout = FileHandle(forWritingAtPath: outPath),
            let stderr = FileHandle(forWritingAtPath: errPath)
        else { throw ToolError(description: "cannot open the files for \(tool)'s streams") }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [tool] + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder ?? url.path)
        var environment = ProcessInfo.processInfo.environment
        environment["HOME"] = url.path
        environment["GIT_CONFIG_NOSYSTEM"] = "1"
        environment["LC_ALL"] = "C"
        process.environment = environment
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        process.waitUntilExit()
        try stdout.close()
        try stderr.close()
        return ToolResult(
            status: process.terminationStatus,
            stdout: Array(try Data(contentsOf: URL(fileURLWithPath: outPath))),
            stderr: try String(contentsOfFile: errPath, encoding: .utf8))
    }

    /// Runs a command that must succeed, and returns its standard output.
    @discardableResult
    func runChecked(_ tool: String, _ arguments: [String], input: [UInt8] = [], in folder: String? = nil) throws
        -> String
    {
        let result = try run(tool, arguments, input: input, in: folder)
        guard result.status == 0 else {
            throw ToolError(
                description: "\(tool) \(arguments.joined(separator: " ")) failed (\(result.status)): \(result.stderr)")
        }
        return result.output
    }

    /// Makes a key with `ssh-keygen -t <type> -N <passphrase>` and returns the private key's path.
    @discardableResult
    func makeKey(_ name: String, type: String = "ed25519", passphrase: String = "", comment: String = "test@legis")
        throws
        -> String
    {
        try runChecked("ssh-keygen", ["-q", "-t", type, "-N", passphrase, "-C", comment, "-f", path(name)])
        return path(name)
    }

    /// Runs git in `folder` with a fixed identity.
    @discardableResult
    func git(_ arguments: [String], input: [UInt8] = [], in folder: String) throws -> ToolResult {
        try run(
            "git", ["-c", "user.name=Legis Test", "-c", "user.email=test@legis.example"] + arguments, input: input,
            in: folder)
    }

    /// Runs git in `folder`, which must succeed, and returns its trimmed standard output.
    @discardableResult
    func gitChecked(_ arguments: [String], input: [UInt8] = [], in folder: String) throws -> String {
        let result = try git(arguments, input: input, in: folder)
        guard result.status == 0 else {
            throw ToolError(
                description: "git \(arguments.joined(separator: " ")) failed (\(result.status)): \(result.stderr)")
        }
        return result.output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Creates a repository with one empty commit, returning its path and the commit id.
    func makeRepository(_ name: String = "repo") throws -> (path: String, commit: String) {
        let repo = path(name)
        try FileManager.default.createDirectory(atPath: repo, withIntermediateDirectories: true)
        try gitChecked(["init", "-q"], in: repo)
        try gitChecked(["commit", "-q", "--allow-empty", "-m", "Draft 1"], in: repo)
        return (repo, try gitChecked(["rev-parse", "HEAD"], in: repo))
    }
}
