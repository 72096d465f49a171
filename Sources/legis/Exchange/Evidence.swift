import ArgumentParser
import LegisTracker

struct EvidenceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evidence",
        abstract: "Write an evidence package (ZIP) that proves a revision's endorsements offline.",
        discussion: """
            The package holds the text, every endorsement of that revision (the signed tags), the allowed-signers \
            file, the stakeholder registry, a git bundle of the commits and refs needed, Legis's verification report, \
            and a README with the plain git and ssh-keygen commands that verify it. Check it with \
            'legis verify-evidence FILE.zip'.
            """)

    @Argument(help: "The document, optionally at a revision: ID or ID@REV.") var document: String
    @Option(help: "The ZIP file to write.") var out: String
    @OptionGroup var workspace: WorkspaceOptions

    func run() throws {
        let bytes = try workspace.open().evidence(try DocumentReference(parsing: document))
        try OutputFile.write(bytes, to: out)
        Console.line("Wrote \(out): verify it with 'legis verify-evidence \(out)' or by the commands in its README.md.")
    }
}
