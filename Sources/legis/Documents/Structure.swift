import ArgumentParser
import LegisDocument
import LegisTracker

/// `legis structure FILE`: the provision tree the parser finds in a file.
struct Structure: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "structure",
        abstract: "Print the provision tree of a file (path, kind, number, heading, byte range).",
        discussion: "Shows how the text was understood before you rely on a redline of it.")

    @Argument(help: "The Markdown file.") var file: String
    @Option(help: "Structure profile: en, ro or de (default: from the front matter, or detected).")
    var language: String?
    @Flag(help: "Print JSON: an array of {path, kind, number, label, heading, citation, line, depth, start, end}.")
    var json = false

    func run() throws {
        var profile: StructureProfile?
        if let language {
            guard let named = StructureProfile.named(language) else {
                let known = StructureProfile.all.map(\.language).joined(separator: ", ")
                throw LegisError(.usage, "no structure profile for language `\(language)`; use one of: \(known).")
            }
            profile = named
        }
        let document = try FileDiff.parse(file, profile: profile)
        let lines = StructureOutline.of(document)
        if json {
            try JSONOutput.print(lines)
        } else {
            Console.write(StructureOutline.text(lines, language: document.language))
        }
    }
}
