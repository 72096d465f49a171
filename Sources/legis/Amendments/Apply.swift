import ArgumentParser
import Foundation
import LegisTracker

struct Apply: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "apply",
        abstract: "Carry out amending instructions on a text and print the result.",
        discussion: """
            legis apply --files OLD --instructions FILE [--language L]   on a file, no workspace needed
            legis apply ID REV --instructions FILE [--language L]        on a revision of a document
            An instruction that cannot be read or placed is an error naming its line; nothing is printed then.
            """)

    @Argument(help: "ID REV, or nothing with --files.") var arguments: [String] = []
    @Option(help: "The text to amend, instead of a revision.") var files: String?
    @Option(help: "The amending instructions.") var instructions: String
    @Option(help: "The language of the instructions: en, ro or de (default: the text's).") var language: String?
    @OptionGroup var workspace: WorkspaceOptions

    func validate() throws {
        if files != nil, !arguments.isEmpty { throw ValidationError("Give --files OLD, or ID REV, not both.") }
        if files == nil, arguments.count != 2 { throw ValidationError("Give ID REV, or --files OLD.") }
        if let language, !["en", "ro", "de"].contains(language) {
            throw ValidationError("--language must be en, ro or de.")
        }
    }

    func run() throws {
        let old: String
        if let files {
            old = String(decoding: try Workspace.readDocumentFile(files), as: UTF8.self)
        } else {
            let space = try workspace.open()
            old = try space.text(of: try space.revision(of: try DocumentID(arguments[0]), arguments[1]))
        }
        let script = try InstructionInput.read(instructions)
        let result = try InstructionInput.apply(script, to: old, language: language)
        Console.write(result.isEmpty || result.hasSuffix("\n") ? result : result + "\n")
    }
}
