import ArgumentParser
import Foundation
import LegisDocument
import LegisGit
import LegisTracker

struct Sync: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sync",
        abstract: "Exchange documents, drafts and endorsements with a remote (a name or a URL).",
        discussion: "Endorsement refs are never deleted or overwritten: one that differs on the remote is reported as tampering and not taken (exit status 1). A branch whose history changes the stakeholder registry without the secretariat's signature is refused (exit status 1). When both sides have new revisions, nothing is pushed and the exit status is 1: merge with git, then sync again. Credentials: ssh-agent or an SSH key file; for HTTPS, LEGIS_GIT_TOKEN or git's credential helper. An HTTPS host's certificate is checked against the system's authorities, or those in the file named by GIT_SSL_CAINFO or git config http.sslCAInfo (Docs/hosting.md).")

    @Argument(help: "The remote name or URL.") var remote: String = "origin"
    @Flag(help: "Print JSON.") var json = false
    @OptionGroup var workspace: WorkspaceOptions

    func run() throws {
        let report = try workspace.open().sync(remote: remote)
        if json {
            try JSONOutput.print(report)
        } else {
            Console.line("Branch: \(report.branch)")
            for note in report.notes { Console.line(note) }
            if !report.fetched.isEmpty { Console.line("Fetched \(report.fetched.count): \(report.fetched.joined(separator: ", "))") }
            if !report.pushed.isEmpty { Console.line("Pushed \(report.pushed.count): \(report.pushed.joined(separator: ", "))") }
            for name in report.rejected { Console.error("legis: rejected: \(name)") }
            for note in report.renumbered { Console.line("Renumbered: \(note)") }
            for name in report.tampered {
                Console.error("legis: TAMPERED: \(name) differs on the remote; kept ours, took nothing.")
            }
        }
        if report.branch.hasPrefix("refused") {
            throw CommandFailure(message: "the remote's branch was refused: its registry changes are not signed by the secretariat.")
        }
        if report.diverged {
            throw CommandFailure(message: "the branches diverged: nothing was pushed; merge with 'git pull', then run 'legis sync' again.")
        }
        if !report.tampered.isEmpty {
            throw CommandFailure(message: report.tampered.count == 1 ? "1 endorsement ref differs on the remote." : "\(report.tampered.count) endorsement refs differ on the remote.")
        }
    }
}
