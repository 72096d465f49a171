import Foundation
import LegisTestSupport
import Testing

/// The commands of the guides, copied from their code blocks and run in bash as written, one
/// guide after the other in a fresh folder, with the built `legis` on PATH.
@Suite("The guides' commands, as written")
struct GuideCommandsTests {
    let binaryFolder = repositoryRoot + "/.build/debug"

    /// The guides in the order a new user follows them.
    static let guides = ["README.md", "Docs/getting-started.md", "Docs/endorsing.md"]

    /// Blocks not run, each with why: they install packages, build, or serve until stopped.
    static let skipped: [String: String] = [
        "script/demo": "installs, builds and serves until stopped",
        "script/test": "runs this very test suite",
        "script/setup && swift build -c release --product legis\nexport PATH=\"$PWD/.build/release:$PATH\"":
            "installs and builds; the test puts the built legis on PATH itself",
    ]

    /// The shell code blocks of a Markdown text: indented blocks, and fenced blocks marked as
    /// shell (other fenced blocks show file contents, not commands).
    static func codeBlocks(_ markdown: String) -> [String] {
        var blocks: [String] = []
        var current: [String] = []
        var fence: String?
        var previousBlank = true
        func flush() {
            while current.last?.isEmpty == true { current.removeLast() }
            if !current.isEmpty { blocks.append(current.joined(separator: "\n")) }
            current = []
        }
        for line in markdown.components(separatedBy: "\n") {
            if let open = fence {
                if line.hasPrefix("```") {
                    if ["sh", "bash", "shell", "console"].contains(open) { flush() } else { current = [] }
                    fence = nil
                } else {
                    current.append(line)
                }
                continue
            }
            if line.hasPrefix("```") {
                flush()
                fence = String(line.dropFirst(3)).trimmingCharacters(in: .whitespaces)
                continue
            }
            if line.hasPrefix("    "), previousBlank || !current.isEmpty {
                current.append(String(line.dropFirst(4)))
            } else if line.trimmingCharacters(in: .whitespaces).isEmpty, !current.isEmpty {
                current.append("")
            } else {
                flush()
            }
            previousBlank = line.trimmingCharacters(in: .whitespaces).isEmpty
        }
        flush()
        return blocks
    }

    @Test func everyCommandOfTheGuidesRunsAsWritten() throws {
        try #require(FileManager.default.isExecutableFile(atPath: binaryFolder + "/legis"), "build the legis product first")
        var script = ["set -euo pipefail", "set -x"]
        var seenSkips = Set<String>()
        for guide in Self.guides {
            let text = try String(contentsOfFile: repositoryRoot + "/" + guide, encoding: .utf8)
            for block in Self.codeBlocks(text) {
                if Self.skipped[block] != nil {
                    seenSkips.insert(block)
                    continue
                }
                script.append("# \(guide)")
                script.append(block)
            }
        }
        #expect(seenSkips == Set(Self.skipped.keys), "every skipped block is still in the guides")
        #expect(script.contains { $0.contains("legis endorse ") })
        #expect(script.contains { $0.contains("latest-2 latest") })

        let scratch = try Scratch()
        let home = scratch.file("home")
        try scratch.write("home/.gitconfig", "[user]\n\tname = Ana Drafter\n\temail = ana@working-group.example\n")
        try scratch.write("home/drafts/recruitment-law/law_v1.md", draft1)
        try scratch.write("home/drafts/recruitment-law/law_v2.md", draft2)
        try scratch.write("home/drafts/recruitment-law/law_v10.md", draft2 + "\n### Article 3 — Entry into force\n\n(1) This law enters into force on 1 January.\n")
        let editor = try scratch.write(
            "editor.sh", "#!/bin/bash\nprintf '\\n(9) No recruitment fee may be charged to a worker.\\n' >> \"$1\"\n")
        #expect(chmod(editor, 0o755) == 0)
        try FileManager.default.createDirectory(atPath: scratch.file("work"), withIntermediateDirectories: true)
        let file = try scratch.write("guides.sh", script.joined(separator: "\n") + "\n")
        let path = binaryFolder + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
        let result = try Tool.run(
            "/bin/bash", [file], in: scratch.file("work"),
            environment: ["HOME": home, "XDG_CONFIG_HOME": home, "EDITOR": editor, "PATH": path, "COLUMNS": "100"])
        #expect(result.status == 0, "\(result.error.suffix(3000))")
        #expect((result.output + result.error).contains("Good \"git\" signature for ngo-safe-passage"), "\(result.error.suffix(2000))")
        #expect(result.output.contains("Branch: pushed"))
        #expect(result.output.contains("Imported 3 revisions of labour-recruitment-agencies."))
    }
}
