import Foundation
import LegisTestSupport
import Testing

@testable import LegisTracker

@Suite("The demo's trust root")
struct DemoTrustTests {
    @Test func theDemoRegistryIsSignedByItsSecretariatAndOnlyTheTamperedEndorsementIsInvalid() throws {
        let folder = try TemporaryFolder()
        let root = Tool.repositoryRoot(from: #filePath)
        let summary = try Demo.build(at: folder.file("demo"), proposals: root + "/proposals")
        let workspace = try Workspace.open(at: folder.file("demo"))
        let trust = try workspace.registryTrust()
        #expect(trust.root != nil)
        #expect(trust.problems.isEmpty)
        let invalid = summary.endorsements.filter { $0.status == .invalid }
        #expect(invalid.count == 1, "\(invalid.map(\.reason))")
        #expect(invalid.first?.reason.contains("bad signature") == true)
        #expect(summary.endorsements.contains { $0.status == .revoked })
    }
}
