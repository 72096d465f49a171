import Foundation
import LegisGit

extension Workspace {
    /// Exchanges amendments with a remote during ``sync(remote:)``; nothing is overwritten.
    ///
    /// An amendment on one side only is copied to the other. When both sides hold the same
    /// amendment with different decisions appended, the side that is behind takes the other's
    /// (a fast-forward), or, when both appended, a merge commit joins the two histories so that
    /// every decision is kept. When the two sides hold different amendments under the same number
    /// (tabled in two places before a sync), the remote's keeps the number and ours is renumbered
    /// to the next number free on both sides, which is reported.
    func syncAmendments(remote: String, remoteRefs: [String: ObjectID], report: inout SyncReport) throws(LegisError) {
        let theirs = remoteRefs.filter { AmendmentRef(name: $0.key) != nil }
        let locals = try git { () throws(GitError) in try repository.references(withPrefix: AmendmentRef.prefix, peel: false) }
        var ours: [String: ObjectID] = [:]
        for ref in locals where AmendmentRef(name: ref.name) != nil { ours[ref.name] = ref.target }

        var fetchSpecs: [String] = []
        var differing: [(name: String, ours: ObjectID, theirs: ObjectID)] = []
        for (name, target) in theirs.sorted(by: { $0.key < $1.key }) {
            if let local = ours[name] {
                guard local != target else { continue }
                fetchSpecs.append("+\(name):\(Self.syncScratch(name))")
                differing.append((name, local, target))
            } else {
                fetchSpecs.append("\(name):\(name)")
                report.fetched.append(name)
            }
        }
        if !fetchSpecs.isEmpty {
            do {
                _ = try repository.fetch(remote: remote, refspecs: fetchSpecs)
            } catch {
                throw LegisError(.repository, "Fetching amendments from '\(remote)' failed: \(error.message).")
            }
        }

        var pushSpecs = ours.keys.filter { theirs[$0] == nil }.sorted().map { "\($0):\($0)" }
        for entry in differing {
            defer { try? repository.deleteReference(name: Self.syncScratch(entry.name)) }
            if try git({ () throws(GitError) in try repository.isDescendant(entry.theirs, of: entry.ours) }) {
                try move(entry.name, to: entry.theirs, from: entry.ours)
                report.fetched.append(entry.name)
            } else if try git({ () throws(GitError) in try repository.isDescendant(entry.ours, of: entry.theirs) }) {
                pushSpecs.append("\(entry.name):\(entry.name)")
            } else if let ref = AmendmentRef(name: entry.name) {
                let ourRecord = try readAmendment(ref, head: entry.ours)
                let theirRecord = try readAmendment(ref, head: entry.theirs)
                if ourRecord.commit == theirRecord.commit {
                    // The same amendment, decided on both sides: keep both histories.
                    let message = AmendmentMessage(
                        summary: "Join the decisions on amendment \(ref.number) to \(ref.document)", body: "",
                        trailers: [("Legis-Merge", "decisions")])
                    let signature = Signature(name: "Legis", email: "legis@localhost", date: Date())
                    let joined = try git { () throws(GitError) in
                        try repository.createDetachedCommit(
                            changes: [], base: entry.ours, parents: [entry.ours, entry.theirs], message: message.text,
                            author: signature, committer: signature)
                    }
                    try move(entry.name, to: joined, from: entry.ours)
                    report.fetched.append(entry.name)
                    pushSpecs.append("\(entry.name):\(entry.name)")
                } else {
                    // Two amendments under one number: the remote's keeps it, ours moves on.
                    let numbers = ours.keys.compactMap(AmendmentRef.init(name:)).filter { $0.document == ref.document }
                        + theirs.keys.compactMap(AmendmentRef.init(name:)).filter { $0.document == ref.document }
                    var number = (numbers.map(\.number).max() ?? ref.number) + 1
                    while true {
                        let renamed = AmendmentRef(document: ref.document, number: number)
                        do {
                            try repository.createReference(name: renamed.name, target: entry.ours, force: false, message: "sync: renumber")
                        } catch {
                            guard error.isConflict else {
                                throw LegisError(.repository, "Could not renumber \(entry.name): \(error.message).")
                            }
                            number += 1
                            continue
                        }
                        try move(entry.name, to: entry.theirs, from: entry.ours)
                        ours[renamed.name] = entry.ours
                        report.fetched.append(entry.name)
                        pushSpecs.append("\(renamed.name):\(renamed.name)")
                        report.renumbered.append(
                            "\(ref.document): amendment \(ref.number) tabled here is now amendment \(number); the remote has another amendment \(ref.number)")
                        break
                    }
                }
            }
        }
        guard !pushSpecs.isEmpty else { return }
        let results: [PushResult]
        do {
            results = try repository.push(remote: remote, refspecs: pushSpecs)
        } catch {
            throw LegisError(.repository, "Pushing amendments to '\(remote)' failed: \(error.message).")
        }
        for result in results {
            if let message = result.message {
                report.rejected.append("\(result.reference): \(message)")
            } else {
                report.pushed.append(result.reference)
            }
        }
    }

    /// Where a remote amendment is fetched for comparison with ours.
    private static func syncScratch(_ name: String) -> String {
        "refs/legis-sync/" + name.dropFirst("refs/".count)
    }

    private func move(_ name: String, to target: ObjectID, from expected: ObjectID) throws(LegisError) {
        do {
            try repository.updateReference(name: name, to: target, expected: expected, message: "sync")
        } catch {
            throw LegisError(.conflict, "\(name) changed here during the sync; nothing was lost: sync again.")
        }
    }
}
