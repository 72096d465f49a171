import Foundation
import LegisTracker
import Testing

/// A temporary folder removed when the value goes away.
final class TemporaryFolder: Sendable {
    let path: String

    init() throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("legis-test-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    func file(_ name: String) -> String { path + "/" + name }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        let file = self.file(name)
        try FileManager.default.createDirectory(
            atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: file))
        return file
    }

    func read(_ name: String) throws -> String {
        String(decoding: try Data(contentsOf: URL(fileURLWithPath: file(name))), as: UTF8.self)
    }
}

/// The real git command, isolated from the machine's configuration.
enum Git {
    struct Result {
        var status: Int32
        var output: String
        var error: String
    }

    @discardableResult
    static func run(_ arguments: [String], in folder: String, input: String? = nil, environment: [String: String] = [:]) throws -> Result {
        try Tool.run("git", ["-c", "user.name=Plain Git", "-c", "user.email=plain@git.example"] + arguments,
                     in: folder, input: input, environment: environment)
    }
}

/// Runs a command found on PATH, with HOME pointing at an empty folder.
enum Tool {
    static let home: String = {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("legis-test-home").path
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }()

    static func run(_ tool: String, _ arguments: [String], in folder: String, input: String? = nil, environment: [String: String] = [:]) throws -> Git.Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [tool] + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        var env = ProcessInfo.processInfo.environment
        env["HOME"] = home
        env["GIT_CONFIG_NOSYSTEM"] = "1"
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
        return Git.Result(
            status: process.terminationStatus, output: String(decoding: output, as: UTF8.self),
            error: String(decoding: error, as: UTF8.self))
    }
}

let tester = Author(name: "Ana Drafter", email: "ana@working-group.example")

/// A small bill in three drafts.
enum Samples {
    static let draft1 = """
        ---
        title: Law on Labour Recruitment Agencies
        kind: bill
        status: draft
        language: en
        ---

        # Law on Labour Recruitment Agencies

        ## Chapter I — General provisions

        ### Article 1 — Subject matter

        (1) This law lays down the rules for the licensing and supervision of labour
        recruitment agencies.
        (2) It applies to agencies that recruit workers for employers abroad.

        ### Article 2 — Licensing

        (1) No agency may recruit workers without a licence issued by the National
        Agency for Employment.
        (2) The licence is valid for three years.

        ### Article 3 — Fees

        (1) Agencies shall not charge workers any fee for recruitment.

        """

    static let draft2 = draft1.replacingOccurrences(of: "valid for three years", with: "valid for two years")

    static let draft3 = draft2 + """

        ### Article 4 — Registry

        (1) The National Agency for Employment keeps a public registry of licensed
        agencies.

        """

    /// A workspace with the three drafts as revisions, the second named `consultation`.
    static func workspace(in folder: TemporaryFolder) throws -> Workspace {
        let workspace = try Workspace.initialize(at: folder.path, author: tester)
        let d1 = try folder.write("drafts/01.md", draft1)
        let d2 = try folder.write("drafts/02.md", draft2)
        let d3 = try folder.write("drafts/03.md", draft3)
        try workspace.importDrafts(try DocumentID("recruitment"), from: [d1, d2, d3], author: tester)
        try FileManager.default.removeItem(atPath: folder.file("drafts"))
        try workspace.nameDraft(try DocumentID("recruitment"), name: "consultation", revision: "~1", note: "For consultation", author: tester)
        return workspace
    }
}
