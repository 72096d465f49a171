import ArgumentParser
import Foundation
import LegisDocument
import LegisGit
import LegisTracker

struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Build a demo workspace from the sample proposals: drafts, stakeholders, endorsements in every state.")

    @Option(help: "The new folder for the demo workspace.") var dir: String
    @Option(help: "The proposals folder.") var proposals: String = "proposals"

    func run() throws {
        let summary = try Demo.build(at: dir, proposals: proposals)
        Console.line("Demo workspace in \(dir): \(summary.documents.count) documents, \(summary.stakeholders) stakeholders, \(summary.endorsements.count) endorsements.")
        let counts = Dictionary(grouping: summary.endorsements, by: \.status).mapValues(\.count)
        Console.line(EndorsementStatus.allCases.map { "\($0.rawValue): \(counts[$0] ?? 0)" }.joined(separator: ", "))
        Console.line("Serve it with: legis serve --repo \(dir)")
    }
}
