import Foundation
import LegisTestSupport
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
    let status = await Console.capturing(capture) { await runLegis(arguments) }
    return Outcome(status: status, output: capture.standardOutput, error: capture.standardError)
}

typealias Scratch = TemporaryFolder

/// A workspace in a new scratch folder with `organs` imported in two revisions (`draft1`, then
/// `draft2`), and the `--repo` arguments that name it.
func workspaceWithOrgans() async throws -> (Scratch, [String]) {
    let scratch = try Scratch()
    #expect(await legis("init", scratch.file("ws"), author).status == 0)
    try scratch.write("d/01.md", draft1)
    try scratch.write("d/02.md", draft2)
    let repo = ["--repo", scratch.file("ws")]
    #expect(await legis(["import", "organs", scratch.file("d"), author] + repo).status == 0)
    return (scratch, repo)
}

/// Runs a program (a path, or a name on PATH) in isolation.
func run(_ tool: String, _ arguments: [String], in folder: String) throws -> Outcome {
    let result = try Tool.run(tool, arguments, in: folder)
    return Outcome(status: result.status, output: result.output, error: result.error)
}

/// The repository root, from this file's path.
let repositoryRoot = Tool.repositoryRoot(from: #filePath)

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
