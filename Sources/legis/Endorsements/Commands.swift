import ArgumentParser
import Foundation
import LegisDocument
import LegisGit
import LegisTracker

extension Legis {
    static let endorsementCommands: [any ParsableCommand.Type] = [
        StakeholderCommand.self, AllowedSignersCommand.self, Keygen.self, Endorse.self, Endorsements.self,
        Verify.self, RevokeEndorsement.self, Sync.self, TrustRoot.self,
    ]
    static let serverCommands: [any ParsableCommand.Type] = [Serve.self, DemoCommand.self]
}
