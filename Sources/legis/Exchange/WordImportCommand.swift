import LegisTracker

/// `legis import ID FILE.docx…`: Word documents as successive revisions.
struct WordImportCommand {
    var command: Import

    func run() throws {
        let report = try command.workspace.open().importWordDrafts(
            try DocumentID(command.id), from: command.sources, author: try command.author.parsed(),
            acceptChanges: command.acceptChanges)
        Console.line("Imported \(report.commits.count) revision(s) of \(command.id) from Word.")
        for (file, count) in report.acceptedChanges {
            Console.line("  \(file): \(count) tracked change(s) taken as accepted.")
        }
        for (file, items) in report.leftOut {
            Console.line("  \(file): not carried over: \(items.joined(separator: ", ")).")
        }
    }
}
