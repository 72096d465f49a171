import Foundation
import LegisDiff
import LegisDocument
@testable import LegisTracker
import Testing

/// Endorsement scopes follow their provision as the redline does: renumbered only is not changed.
@Suite struct ScopeComparisonTests {
    static let before = """
        ## Article 3 Scope

        (1) This law applies to every agency that places workers.

        ## Article 4 Licensing

        (1) An agency needs a licence from the labour inspectorate.

        (2) A licence is valid for five years.

        """

    static let after = """
        ## Article 3 Scope

        (1) This law applies to every agency that places workers.

        ## Article 4 Register

        (1) The inspectorate keeps a public register of agencies.

        ## Article 5 Licensing

        (1) An agency needs a licence from the labour inspectorate.

        (2) A licence is valid for five years.

        """

    @Test func aRenumberedProvisionIsNotChanged() throws {
        let old = try Document.parse(Self.before)
        let new = try Document.parse(Self.after)
        #expect(ScopeComparison.changed(old, new, scope: ["art-4"]).isEmpty)
        #expect(ScopeComparison.changed(old, new, scope: ["art-4/par-2"]).isEmpty)
        #expect(ScopeComparison.follow(ProvisionPath("art-4/par-2"), DocumentDiff.compare(old, new)) == ProvisionPath("art-5/par-2"))
        // The whole text: the new article is a change, the renumbered one is not.
        #expect(ScopeComparison.changed(old, new, scope: []) == ["art-4", "art-4/par-1"])
    }

    @Test func anEditFollowsTheProvision() throws {
        let old = try Document.parse(Self.before)
        let new = try Document.parse(Self.after.replacingOccurrences(of: "five years", with: "four years"))
        #expect(ScopeComparison.changed(old, new, scope: ["art-4"]) == ["art-4"])
        #expect(ScopeComparison.changed(old, new, scope: ["art-3"]).isEmpty)
    }
}
