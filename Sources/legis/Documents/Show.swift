import ArgumentParser
import Foundation
import LegisDocument
import LegisGit
import LegisTracker

struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Print the text of a document at a revision.",
        discussion: "REV is a draft name, a commit id or unique prefix, latest (the default), or latest-N (N revisions of the document back; the older form ~N still works when quoted).")

    @Argument(help: "ID or ID@REV.") var reference: String
    @OptionGroup var workspace: WorkspaceOptions

    func run() throws {
        let ref = try DocumentReference(parsing: reference)
        let space = try workspace.open()
        Console.write(try space.text(of: try space.revision(of: ref.id, ref.revision)))
    }
}
