import ArgumentParser
import Foundation
import LegisDiff
import LegisDocument
import LegisGit
import LegisTracker

struct Diff: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "diff",
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
            ProcessMemory.keepUntilExit((old, new))
            title = "\(arguments[0]) → \(arguments[1])"
        } else {
            let id = try DocumentID(arguments[0])
            let comparison = try workspace.open().compare(id, from: arguments[1], to: arguments.count > 2 ? arguments[2] : nil)
            redline = comparison.redline
            title = "\(id): \(comparison.from.requested) → \(comparison.to.requested)"
        }
        ProcessMemory.keepUntilExit(redline)
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

    /// Reads, parses and prepares both files for comparison, one on each of two threads (the
    /// same pool of threads the comparison then uses).
    private func parsePair(_ first: String, _ second: String) throws -> (DiffInput, DiffInput) {
        let profile = language.flatMap { StructureProfile.named($0) }
        let results = ParseResults()
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            let result = Result { () throws(LegisError) in
                DiffInput(try Self.parse(index == 0 ? first : second, profile: profile))
            }
            results.store(result, at: index)
        }
        return (try results.take(0).get(), try results.take(1).get())
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

/// The results of the two parses, each written by one thread and read after both finished.
private final class ParseResults: @unchecked Sendable {
    // Safe: each slot is written by exactly one iteration of `concurrentPerform`, and read only
    // after `concurrentPerform` has returned, which orders the writes before the reads.
    private var slots: [Result<DiffInput, LegisError>] = Array(
        repeating: .failure(LegisError(.io, "the file could not be read.")), count: 2)

    func store(_ result: Result<DiffInput, LegisError>, at index: Int) {
        slots.withUnsafeMutableBufferPointer { $0[index] = result }
    }

    func take(_ index: Int) -> Result<DiffInput, LegisError> { slots[index] }
}
