import ArgumentParser
import Foundation
import LegisDocument
import LegisGit
import LegisTracker

struct Documents: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "documents", abstract: "List the documents of the workspace.")

    @Flag(help: "Print JSON.") var json = false
    @OptionGroup var workspace: WorkspaceOptions

    struct Row: Encodable {
        var id: String, path: String, title: String, kind: String?, status: String?, language: String?, blob: String
        var problem: String?
    }

    func run() throws {
        let entries = try workspace.open().documents()
        let rows = entries.map {
            Row(id: $0.id.rawValue, path: $0.path, title: $0.title, kind: $0.frontMatter.kind?.rawValue,
                status: $0.frontMatter.status, language: $0.frontMatter.language, blob: $0.blob.hex,
                problem: $0.problem)
        }
        if json { return try JSONOutput.print(rows) }
        for row in rows {
            if let problem = row.problem {
                Console.line("\(row.id)\t-\t-\tCANNOT BE READ: \(problem)")
            } else {
                Console.line("\(row.id)\t\(row.kind ?? "-")\t\(row.status ?? "-")\t\(row.title)")
            }
        }
    }
}
