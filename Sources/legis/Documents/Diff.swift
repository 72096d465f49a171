import ArgumentParser
import Foundation
import LegisDiff
import LegisDocument
import LegisGit
import LegisTracker

struct Diff: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Show a structure-aware word-level redline between two revisions, or two files.",
        discussion: """
            legis diff ID A [B]            revisions A and B of a document (B: the latest)
            A and B are draft names, commit ids, latest or latest-N (N revisions back), e.g. \
            legis diff ID latest-2 latest.
            legis diff --files OLD NEW     two files, no workspace needed
            Formats: terminal (default; the changed lines, each change under its provision's name, \
            and the totals; colour on a terminal unless NO_COLOR is set or TERM is dumb), word \
            (the whole text, [-old-]{+new+}; moved text ⟦moved to …: …⟧), html (a self-contained \
            page), synopsis (two columns), stat (one line per changed provision), json (see \
            Docs/diff-json.md), instructions (amending instructions in the standard formulas of \
            --language: en, ro or de; see Docs/amendments.md), docx (Word tracked changes; with \
            --out FILE).
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case terminal, word, html, synopsis, stat, json, instructions, docx
    }

    @Argument(help: "ID A [B], or OLD NEW with --files.") var arguments: [String] = []
    @Flag(help: "Compare two files instead of revisions.") var files = false
    @Option(help: "Structure profile for --files: en, ro or de (default: detected).") var language: String?
    @Option(help: "terminal, word, html, synopsis, stat, json, instructions or docx.") var format: Format = .terminal
    @Option(help: "For --format docx: the file to write.") var out: String?
    @OptionGroup var workspace: WorkspaceOptions

    func validate() throws {
        if files, arguments.count != 2 { throw ValidationError("--files takes two files: OLD NEW.") }
        if !files, !(2...3).contains(arguments.count) { throw ValidationError("Give ID A [B], or --files OLD NEW.") }
        if let language, !["en", "ro", "de"].contains(language) {
            throw ValidationError("--language must be en, ro or de.")
        }
    }

    func run() throws {
        if format == .docx { return try DocxDiff(command: self).run() }
        if files {
            return try FileDiff(old: arguments[0], new: arguments[1], format: format, language: language).run()
        }
        if format == .instructions {
            let id = try DocumentID(arguments[0])
            let space = try workspace.open()
            let old = try space.text(of: try space.revision(of: id, arguments[1]))
            let new = try space.text(of: try space.revision(of: id, arguments.count > 2 ? arguments[2] : nil))
            return Console.write(try InstructionOutput.generate(old: old, new: new, language: language))
        }
        try RevisionDiff(
            id: arguments[0], from: arguments[1], to: arguments.count > 2 ? arguments[2] : nil, format: format,
            repo: workspace.repo
        ).run()
    }

    /// Prints `redline` in `format`.
    static func write(_ redline: Redline, format: Format, title: String) {
        if format == .json {
            var parts = redline.jsonParts()
            // The closing line feed in the same write as the last part.
            if parts.isEmpty { parts.append([]) }
            parts[parts.count - 1].append(UInt8(ascii: "\n"))
            return Console.write(parts: parts)
        }
        let text = render(redline, format: format, title: title)
        Console.write(text.isEmpty || text.hasSuffix("\n") ? text : text + "\n")
    }

    /// Whether a terminal redline is coloured.
    ///
    /// Only on a terminal, and not when `NO_COLOR` is set to anything but the empty string, nor
    /// when `TERM` is `dumb`. Without colour the marks are text (`[-old-]{+new+}`,
    /// `⟦moved to …: …⟧`, `── ` before each provision's name).
    static func usesColour(isTerminal: Bool, variable: (String) -> String?) -> Bool {
        isTerminal && (variable("NO_COLOR") ?? "").isEmpty && variable("TERM") != "dumb"
    }

    /// ``usesColour(isTerminal:variable:)`` with the variables of `environment`.
    static func usesColour(isTerminal: Bool, environment: [String: String]) -> Bool {
        usesColour(isTerminal: isTerminal) { environment[$0] }
    }

    private static func render(_ redline: Redline, format: Format, title: String) -> String {
        let colour = usesColour(isTerminal: Console.isTerminal, variable: EnvironmentVariables.value)
        let options = RenderOptions(color: format == .terminal && colour, title: title, width: TerminalWidth.columns())
        switch format {
        case .terminal: return redline.render(.terminal, options: options)
        case .word: return redline.render(.word, options: options)
        case .html: return redline.render(.html, options: options)
        case .synopsis: return redline.render(.synopsis, options: options)
        case .stat: return redline.render(.stat, options: options)
        case .json, .instructions: return String(decoding: redline.json(), as: UTF8.self) + "\n"
        case .docx: return ""
        }
    }
}

