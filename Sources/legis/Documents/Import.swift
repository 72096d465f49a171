import ArgumentParser
import Foundation
import LegisDocument
import LegisGit
import LegisTracker

struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import successive drafts (files, or a folder of them in file-name order) as revisions of a document.",
        discussion: "Every file is checked before anything is committed. Word documents (.docx) are read into Markdown: see Docs/formats.md.")

    @Argument(help: "The document id.") var id: String
    @Argument(help: "Draft files oldest first, or one folder.") var sources: [String]
    @Option(help: "The date of each revision: now (the import's time) or mtime (each file's modification time).")
    var dates: Dates = .now

    enum Dates: String, ExpressibleByArgument, CaseIterable {
        case now, mtime
    }
    @OptionGroup var workspace: WorkspaceOptions
    @OptionGroup var author: AuthorOption
    @Flag(help: "For .docx files: take tracked changes as accepted instead of refusing the file.")
    var acceptChanges = false

    func run() throws {
        if sources.contains(where: { $0.lowercased().hasSuffix(".docx") }) { return try WordImportCommand(command: self).run() }
        let commits = try workspace.open().importDrafts(
            try DocumentID(id), from: sources, author: try author.parsed(),
            dates: dates == .mtime ? .fileModified : .now)
        Console.line("Imported \(commits.count) \(commits.count == 1 ? "revision" : "revisions") of \(id).")
    }
}
