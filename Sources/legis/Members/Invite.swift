import ArgumentParser
import Foundation
import LegisTracker

/// `legis invite`: a single-use, expiring link that enrols a member with a key made in their browser.
struct Invite: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "invite",
        abstract: "Invite a member of a stakeholder: prints a single-use link that expires.",
        discussion: """
            The person opens the link in a browser, which makes their key; the key is then committed \
            for them. Send the link privately: whoever opens it first becomes the member.
            """)

    @Option(help: "The stakeholder the member belongs to.") var stakeholder: String
    @Option(help: "The member's name (commit author).") var name: String
    @Option(help: "The member's e-mail (commit author, identity).") var email: String
    @Option(parsing: .upToNextOption, help: "secretariat, drafter, reviewer or partner (one or more).")
    var role: [String]
    @Option(help: "Days until the link expires.") var days: Int = 7
    @Option(help: "The address of the web interface, for the link.") var url: String = "http://127.0.0.1:8080"
    @OptionGroup var workspace: WorkspaceOptions
    @OptionGroup var author: AuthorOption

    func run() throws {
        let open = try workspace.open()
        let roles = try role.flatMap { $0.split(separator: ",") }.map { text throws(LegisError) in
            try Member.Role(parsing: String(text))
        }
        let inviter = try open.author(try author.parsed())
        let result = try open.invite(
            stakeholder: stakeholder, name: name, email: email, roles: roles, invitedBy: inviter.description,
            lifetime: TimeInterval(days) * 86_400)
        let base = url.hasSuffix("/") ? String(url.dropLast()) : url
        Console.line(
            "Invitation for \(result.invitation.name) <\(result.invitation.email)> of \(stakeholder) as \(result.invitation.roles.map(\.rawValue).joined(separator: ", ")), valid until \(ISO8601.string(result.invitation.expires)):")
        Console.line("\(base)/enrol?token=\(result.token)")
    }
}
