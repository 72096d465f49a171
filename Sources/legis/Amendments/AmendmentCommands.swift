import ArgumentParser

extension Legis {
    static let amendmentCommands: [any ParsableCommand.Type] = [
        Amend.self, AmendmentsList.self, AmendmentCommand.self, Apply.self,
    ]
}

/// `legis amendment show|adopt|reject|withdraw|lapse`.
struct AmendmentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "amendment", abstract: "Show an amendment, or record a decision on it.",
        subcommands: [
            AmendmentShow.self, AmendmentAdopt.self, AmendmentReject.self, AmendmentWithdraw.self,
            AmendmentLapse.self,
        ])
}
