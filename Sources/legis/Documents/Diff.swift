import ArgumentParser
import Foundation
import LegisDiff
import LegisDocument
import LegisGit
import LegisTracker

struct Diff: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show a structure-aware word-level redline between two revisions, or two files.",
        discussion: """
            legis diff ID A [B]            revisions A and B of a document (B: the latest)
            legis diff --files OLD NEW     two files, no workspace needed
            Formats: terminal (default; colour on a terminal unless NO_COLOR is set), word \
            ([-old-]{+new+}), html (a self-contained page), synopsis (two columns), stat (one line \
            per changed provision), json (see Docs/diff-json.md).
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case terminal, word, html, synopsis, stat, json
    }

    @Argument(help: "ID A [B], or OLD NEW with --files.") var arguments: [String] = []
    @Flag(help: "Compare two files instead of revisions.") var files = false
    @Option(help: "Structure profile for --files: en, ro or de (default: detected).") var language: String?
    @Option(help: "terminal, word, html, synopsis, stat or json.") var format: Format = .terminal
    @OptionGroup var workspace: WorkspaceOptions

    func validate() throws {
        if files, arguments.count != 2 { throw ValidationError("--files takes two files: OLD NEW.") }
        if !files, !(2...3).contains(arguments.count) { throw ValidationError("Give ID A [B], or --files OLD NEW.") }
        if let language, !["en", "ro", "de"].contains(language) {
            throw ValidationError("--language must be en, ro or de.")
        }
    }

    func run() throws {
        let redline: Redline
        let title: String
        if files {
            let (old, new) = try parsePair(arguments[0], arguments[1])
            redline = DocumentDiff.compare(old, new)
            title = "\(arguments[0]) → \(arguments[1])"
        } else {
            let id = try DocumentID(arguments[0])
            let comparison = try workspace.open().compare(id, from: arguments[1], to: arguments.count > 2 ? arguments[2] : nil)
            redline = comparison.redline
            title = "\(id): \(comparison.from.requested) → \(comparison.to.requested)"
        }
        if format == .json {
            Console.write(bytes: redline.json())
            return Console.write("\n")
        }
        let text = render(redline, title: title)
        Console.write(text.isEmpty || text.hasSuffix("\n") ? text : text + "\n")
    }

    private func render(_ redline: Redline, title: String) -> String {
        let colour = Console.isTerminal && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
        let options = RenderOptions(color: format == .terminal && colour, title: title)
        switch format {
        case .terminal: return redline.render(.terminal, options: options)
        case .word: return redline.render(.word, options: options)
        case .html: return redline.render(.html, options: options)
        case .synopsis: return redline.render(.synopsis, options: options)
        case .stat: return redline.render(.stat, options: options)
        case .json: return String(decoding: redline.json(), as: UTF8.self) + "\n"
        }
    }

    /// Reads and parses both files, the second on another thread.
    private func parsePair(_ first: String, _ second: String) throws -> (Document, Document) {
        let profile = language.flatMap { StructureProfile.named($0) }
        let box = ParseBox()
        let thread = Thread { box.result = Result { try Self.parse(second, profile: profile) } }
        thread.start()
        let old = try Self.parse(first, profile: profile)
        box.done.wait()
        guard let result = box.result else { throw LegisError(.io, "\(second) could not be read.") }
        return (old, try result.get())
    }

    private static func parse(_ file: String, profile: StructureProfile?) throws(LegisError) -> Document {
        let bytes: [UInt8]
        do {
            bytes = try FileBytes.contents(of: file)
        } catch {
            throw LegisError(.notFound, "\(file): \(error.message)")
        }
        do {
            return try DocumentParser(profile: profile).parse(bytes: bytes)
        } catch {
            throw LegisError(.invalidInput, "\(file): \(error)")
        }
    }
}

/// Hands the result of a parse on another thread back to the caller.
private final class ParseBox: @unchecked Sendable {
    // Safe: `result` is written once by the worker before it signals `done`, and read by the
    // caller only after waiting on `done`.
    var result: Result<Document, any Error>? {
        didSet { done.signal() }
    }
    let done = DispatchSemaphore(value: 0)
}
