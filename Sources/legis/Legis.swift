import ArgumentParser
import Foundation
import LegisDocument
import LegisGit
import LegisTracker

/// The `legis` command: drafts in git, redlines, endorsements.
struct Legis: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "legis",
        abstract: "Draft legislation together: versioned drafts in git, word-level redlines, signed endorsements.",
        discussion: """
            Exit status: 0 on success, 1 when the operation was refused or failed (or, for verify, an \
            endorsement is invalid), 2 when the command was used wrongly.
            """,
        version: Legis.version,
        subcommands: [
            Init.self, New.self, Documents.self, Save.self, Log.self, Show.self, DraftCommand.self,
            Drafts.self, Import.self, Diff.self, Structure.self,
        ] + Self.endorsementCommands + Self.serverCommands + Self.amendmentCommands + Self.exchangeCommands
            + [Invite.self]
    )
}
