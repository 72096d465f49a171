public import Foundation

/// What a finished process printed and returned.
public struct ToolResult: Sendable {
    public var status: Int32
    public var output: String
    public var error: String
}

/// Runs real programs (git, ssh-keygen, the built binary) isolated from the machine's configuration.
public enum Tool {
    /// An empty HOME, so no user configuration leaks into the tests.
    public static let home: String = {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("legis-test-home").path
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }()

    /// Runs `tool` (a path, or a name found on PATH) with `arguments` in `folder`.
    @discardableResult
    public static func run(
        _ tool: String, _ arguments: [String], in folder: String, input: String? = nil,
        environment: [String: String] = [:]
    ) throws -> ToolResult {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool.hasPrefix("/") ? tool : "/usr/bin/env")
        process.arguments = tool.hasPrefix("/") ? arguments : [tool] + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        var env = ProcessInfo.processInfo.environment
        env["HOME"] = home
        env["GIT_CONFIG_NOSYSTEM"] = "1"
        env["NO_COLOR"] = "1"
        env["GIT_TERMINAL_PROMPT"] = "0"
        env.merge(environment) { $1 }
        process.environment = env
        let out = Pipe(), err = Pipe(), inPipe = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = inPipe
        try process.run()
        if let input { inPipe.fileHandleForWriting.write(Data(input.utf8)) }
        try inPipe.fileHandleForWriting.close()
        let output = out.fileHandleForReading.readDataToEndOfFile()
        let error = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return ToolResult(
            status: process.terminationStatus, output: String(decoding: output, as: UTF8.self),
            error: String(decoding: error, as: UTF8.self))
    }

    /// Runs the real `git` with a fixed identity.
    @discardableResult
    public static func git(_ arguments: [String], in folder: String, input: String? = nil) throws -> ToolResult {
        try run("git", ["-c", "user.name=Plain Git", "-c", "user.email=plain@git.example"] + arguments, in: folder, input: input)
    }

    /// The repository root, from a test file's `#filePath` (`Tests/<Module>/<File>.swift`).
    public static func repositoryRoot(from filePath: String) -> String {
        URL(fileURLWithPath: filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().path
    }
}
