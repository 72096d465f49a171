import ArgumentParser
import LegisTracker

struct VerifyEvidence: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify-evidence",
        abstract: "Check an evidence package made by 'legis evidence'; exit status 1 with the reason if it fails.")

    @Argument(help: "The evidence package (.zip).") var file: String

    func run() throws {
        let report = try Workspace.verifyEvidence(try OutputFile.read(file), name: file)
        Console.line("Evidence for \(report.document) at \(report.commit): valid.")
        for check in report.checks { Console.line("  ✓ \(check)") }
    }
}
