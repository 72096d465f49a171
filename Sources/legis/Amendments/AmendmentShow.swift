import ArgumentParser
import Foundation
import LegisAmendments
import LegisDiff
import LegisDocument
import LegisGit
import LegisTracker

struct AmendmentShow: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Show an amendment: its record, its history and its redline or instructions.",
        discussion: """
            --format akn writes the amendment as an Akoma Ntoso 3.0 amendment document: its \
            instructions as amending provisions (mod, quotedText, quotedStructure), its rationale, \
            its sponsors. See Docs/formats.md.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case terminal, html, json, instructions, akn
    }

    @Argument(help: "The document id.") var id: String
    @Argument(help: "The amendment's number.") var number: Int
    @Option(help: "terminal, html, json, instructions or akn.") var format: Format = .terminal
    @Option(help: "The language of the instructions (instructions, akn): en, ro or de (default: the document's).")
    var language: String?
    @OptionGroup var workspace: WorkspaceOptions

    func validate() throws {
        if let language, !InstructionLanguage.codes.contains(language) {
            throw ValidationError("--language must be en, ro or de.")
        }
    }

    func run() throws {
        let id = try DocumentID(self.id)
        let space = try workspace.open()
        let amendment = try space.amendment(id, number)
        switch format {
        case .json:
            try JSONOutput.print(amendment)
        case .instructions:
            let texts = try space.amendmentTexts(amendment)
            Console.write(try InstructionOutput.generate(old: texts.base, new: texts.proposed, language: language))
        case .akn:
            Console.write(try space.amendmentAkomaNtoso(amendment, language: language))
        case .html:
            let redline = try space.amendmentRedline(amendment)
            Diff.write(redline, format: .html, title: "Amendment \(amendment.number) to \(id): \(amendment.title)")
        case .terminal:
            Console.line("Amendment \(amendment.number) to \(id): \(amendment.title)")
            Console.line("Status:    \(amendment.status.title)")
            Console.line("Sponsors:  \(amendment.sponsors.joined(separator: ", "))")
            Console.line("Base:      \(amendment.base.short)")
            Console.line("Touches:   \(amendment.provisions.joined(separator: " "))")
            if !amendment.rationale.isEmpty { Console.line("\n\(amendment.rationale)") }
            Console.line("\nHistory:")
            for entry in amendment.history {
                let note = entry.note.isEmpty ? "" : " — \(entry.note)"
                let adopted = entry.adoptedIn.map { " (in \($0.short))" } ?? ""
                Console.line("  \(ISO8601.string(entry.date))  \(entry.status.title)  \(entry.by)\(adopted)\(note)")
            }
            Console.line()
            Diff.write(try space.amendmentRedline(amendment), format: .terminal, title: amendment.title)
        }
    }
}

/// Generates amending instructions between two texts.
enum InstructionOutput {
    static func generate(old: String, new: String, language: String?) throws(LegisError) -> String {
        let before: Document
        let after: Document
        do {
            before = try Document.parse(old)
            after = try Document.parse(new, language: before.language)
        } catch {
            throw LegisError(.invalidInput, "\(error)")
        }
        return AmendingInstructions.generate(old: before, new: after, language: language ?? before.language)
    }
}
