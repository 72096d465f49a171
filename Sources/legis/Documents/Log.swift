import ArgumentParser
import Foundation
import LegisDocument
import LegisGit
import LegisTracker

struct Log: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "log", abstract: "List the revisions of a document, newest first.")

    @Argument(help: "The document id.") var id: String
    @Option(name: .shortAndLong, help: "Show at most N revisions.") var limit: Int?
    @Flag(help: "Print a JSON array.") var json = false
    @OptionGroup var workspace: WorkspaceOptions

    func run() throws {
        try Self.show(id: id, limit: limit, json: json, repo: workspace.repo)
    }

    /// Prints the revisions of document `id`: the command's work, also run without
    /// ArgumentParser for the arguments ``QuickLogArguments`` reads.
    static func show(id: String, limit: Int?, json: Bool, repo: String?) throws {
        let entries = try Workspace.open(at: repo).log(of: try DocumentID(id), limit: limit)
        if json { return try JSONOutput.print(entries) }
        for entry in entries {
            let drafts = entry.drafts.isEmpty ? "" : " [\(entry.drafts.joined(separator: ", "))]"
            let summary = entry.message.split(separator: "\n").first.map(String.init) ?? ""
            Console.line("\(entry.commit.short) \(ISO8601.string(entry.date)) \(entry.author)\(drafts) \(summary)")
        }
    }
}

/// `legis log ID [--limit N | -l N] [--json] [--repo R]`, read without ArgumentParser: like
/// `diff` (see ``QuickDiffArguments``), the history of a document is asked for again and again,
/// by people and by scripts, and ArgumentParser's reflection costs milliseconds of each start.
/// Each option at most once, `--name value` or `--name=value` (`-l` with its value apart);
/// anything else (help, another option, a value that is not a number, `--`) gives nil and goes
/// through ArgumentParser, which also reports every error.
struct QuickLogArguments {
    var id: String
    var limit: Int?
    var json = false
    var repo: String?

    init?(_ arguments: [String]) {
        guard arguments.first == "log" else { return nil }
        var id: String?
        var index = 1
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if !argument.hasPrefix("-") {
                guard id == nil else { return nil }
                id = argument
                continue
            }
            var name = argument
            var value: String?
            if argument.hasPrefix("--"), let equals = argument.firstIndex(of: "=") {
                name = String(argument[..<equals])
                value = String(argument[argument.index(after: equals)...])
            }
            if name == "--json" {
                guard value == nil, !json else { return nil }
                json = true
                continue
            }
            guard name == "--limit" || name == "-l" || name == "--repo" else { return nil }
            if value == nil, index < arguments.count, !arguments[index].hasPrefix("-") {
                value = arguments[index]
                index += 1
            }
            guard let value else { return nil }
            if name == "--repo" {
                guard repo == nil, !value.isEmpty else { return nil }
                repo = value
            } else {
                guard limit == nil, !value.isEmpty, value.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
                    let number = Int(value)
                else { return nil }
                limit = number
            }
        }
        guard let id else { return nil }
        self.id = id
    }
}
