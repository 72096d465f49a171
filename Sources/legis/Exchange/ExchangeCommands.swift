import ArgumentParser

extension Legis {
    static let exchangeCommands: [any ParsableCommand.Type] = [Export.self, EvidenceCommand.self, VerifyEvidence.self]
}
