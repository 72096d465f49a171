import ArgumentParser
import Foundation
import LegisDocument
import LegisGit
import LegisTracker

struct Log: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "log", abstract: "List the revisions of a document, newest first.")

    @Argument(help: "The document id.") var id: String
    @Option(name: .shortAndLong, help: "Show at most N revisions.") var limit: Int?
    @Flag(help: "Print a JSON array.") var json = false
    @OptionGroup var workspace: WorkspaceOptions

    func run() throws {
        let entries = try workspace.open().log(of: try DocumentID(id), limit: limit)
        if json { return try JSONOutput.print(entries) }
        for entry in entries {
            let drafts = entry.drafts.isEmpty ? "" : " [\(entry.drafts.joined(separator: ", "))]"
            let summary = entry.message.split(separator: "\n").first.map(String.init) ?? ""
            Console.line("\(entry.commit.short) \(ISO8601.string(entry.date)) \(entry.author)\(drafts) \(summary)")
        }
    }
}
