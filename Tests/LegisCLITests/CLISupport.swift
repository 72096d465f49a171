import Foundation
import Testing

@testable import legis

/// What one run of the command line printed and returned.
struct Outcome {
    var status: Int32
    var output: String
    var error: String
}

/// Runs `legis` in-process, capturing what it prints.
func legis(_ arguments: String...) async -> Outcome {
    await legis(arguments)
}

func legis(_ arguments: [String]) async -> Outcome {
    let capture = Console.Capture()
    let status = await Console.$capture.withValue(capture) { await runLegis(arguments) }
    return Outcome(status: status, output: capture.standardOutput, error: capture.standardError)
}

/// A temporary folder removed when the value goes away.
final class Scratch: Sendable {
    let path: String

    init() throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("legis-cli-\(UUID().uuidString)").path
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

/// Runs a program found on PATH, with HOME in an empty folder.
func run(_ tool: String, _ arguments: [String], in folder: String) throws -> Outcome {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: tool.hasPrefix("/") ? tool : "/usr/bin/env")
    process.arguments = tool.hasPrefix("/") ? arguments : [tool] + arguments
    process.currentDirectoryURL = URL(fileURLWithPath: folder)
    var environment = ProcessInfo.processInfo.environment
    environment["HOME"] = folder
    environment["NO_COLOR"] = "1"
    process.environment = environment
    let out = Pipe(), err = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let output = out.fileHandleForReading.readDataToEndOfFile()
    let error = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Outcome(status: process.terminationStatus, output: String(decoding: output, as: UTF8.self), error: String(decoding: error, as: UTF8.self))
}

/// The repository root, from this file's path.
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().path

let author = "--author=Ana Drafter <ana@working-group.example>"

let draft1 = """
    ---
    title: Law on Organ Donation
    kind: bill
    language: en
    ---

    # Law on Organ Donation

    ### Article 1 — Purpose

    (1) This law protects donors and recipients of organs.

    ### Article 2 — Consent

    (1) No organ may be removed without the written consent of the donor.

    """

let draft2 = draft1.replacingOccurrences(of: "written consent", with: "free, informed and written consent")
