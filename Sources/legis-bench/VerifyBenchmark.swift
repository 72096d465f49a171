import Foundation
import LegisGit
import LegisSignature
import LegisTracker

/// `legis-bench verify`: `legis verify` over a workspace of many endorsements, against `git verify-tag`.
struct VerifyBenchmark {
    static let usage = "verify --legis PATH [--count N (10000)] [--runs N (5)] [--git-sample N (20)] [--keep DIR]"

    var legis: String
    var count = 10_000
    var runs = 5
    var gitSample = 20
    /// Where to build the workspace and leave it afterwards (default: a temporary folder, removed).
    var keep: String?

    init(arguments: [String]) throws(BenchError) {
        var legis: String?
        var index = 0
        func value() throws(BenchError) -> String {
            index += 1
            guard index < arguments.count else { throw BenchError("\(arguments[index - 1]) needs a value") }
            return arguments[index]
        }
        while index < arguments.count {
            switch arguments[index] {
            case "--legis": legis = try value()
            case "--count": count = Int(try value()) ?? count
            case "--runs": runs = Int(try value()) ?? runs
            case "--git-sample": gitSample = Int(try value()) ?? gitSample
            case "--keep": keep = try value()
            default: throw BenchError("unknown option \(arguments[index]); usage: \(Self.usage)")
            }
            index += 1
        }
        guard let legis else { throw BenchError("--legis PATH is required; usage: \(Self.usage)") }
        self.legis = legis
    }

    func run() throws(BenchError) {
        let folder = keep ?? FileManager.default.temporaryDirectory.appendingPathComponent("legis-verify-bench-\(getpid())").path
        defer { if keep == nil { try? FileManager.default.removeItem(atPath: folder) } }
        let started = Date()
        let refs = try Self.makeWorkspace(at: folder, endorsements: count)
        print("Workspace with \(refs.count) endorsements made in \(String(format: "%.1f", Date().timeIntervalSince(started))) s")

        var legisTimes: [Double] = []
        var memory: [Double] = []
        for _ in 0..<runs {
            let run = try ProcessRunner.run(legis, ["verify", "--json", "--repo", folder])
            guard run.status == 0 else { throw BenchError("legis verify exited with \(run.status)") }
            legisTimes.append(run.seconds)
            memory.append(Double(run.peakMemory))
            let reports = (try? JSONSerialization.jsonObject(with: Data(run.output))) as? [[String: Any]] ?? []
            guard reports.count == count else { throw BenchError("legis verify reported \(reports.count), not \(count)") }
        }
        let git = try ProcessRunner.locate("git")
        let signers = folder + "/allowed_signers"
        let allowed = try ProcessRunner.run(legis, ["allowed-signers", "--repo", folder])
        FileManager.default.createFile(atPath: signers, contents: Data(allowed.output))
        var gitTimes: [Double] = []
        for ref in refs.prefix(gitSample) {
            let run = try ProcessRunner.run(
                git, ["-C", folder, "-c", "gpg.format=ssh", "-c", "gpg.ssh.allowedSignersFile=\(signers)", "verify-tag", ref])
            guard run.status == 0 else { throw BenchError("git verify-tag \(ref) exited with \(run.status)") }
            gitTimes.append(run.seconds)
        }
        let legisSummary = Summary(legisTimes)
        let perTag = Summary(gitTimes).median
        let gitAll = perTag * Double(count)
        print("")
        print("| tool | endorsements | wall time (median of \(runs)) | min | max | peak memory |")
        print("|---|---:|---:|---:|---:|---:|")
        print(String(format: "| `legis verify --json` | %d | %.2f s | %.2f s | %.2f s | %.1f MB |", count, legisSummary.median, legisSummary.min, legisSummary.max, Summary(memory).median / 1_048_576))
        print(String(format: "| `git verify-tag`, one per ref (median of %d, times %d) | %d | %.1f s | | | |", gitTimes.count, count, count, gitAll))
        print("")
        print(String(format: "ratio legis / git: %.4f (git: %.1f ms per endorsement; legis: %.3f ms)", legisSummary.median / gitAll, perTag * 1000, legisSummary.median / Double(count) * 1000))
        print(legisSummary.median < 2 ? "target (< 2 s for \(count)): met" : "target (< 2 s for \(count)): NOT met")
    }

    /// A workspace with one document in two revisions, 50 stakeholders and `endorsements` signed tags,
    /// half of them on the older revision (stale).
    static func makeWorkspace(at folder: String, endorsements: Int) throws(BenchError) -> [String] {
        do {
            let author = Author(name: "Bench", email: "bench@legis.example")
            let workspace = try Workspace.initialize(at: folder, author: author)
            let id = try DocumentID("bench-law")
            let text = "# Bench law\n\n### Article 1 — Scope\n\n(1) This law applies to everyone.\n"
            try workspace.commit([.write(path: "documents/bench-law.md", contents: Array(text.utf8), executable: false)], message: "First", author: author)
            let older = try workspace.revision(of: id)
            let newer = text + "\n### Article 2 — Entry into force\n\n(1) It enters into force at once.\n"
            try workspace.commit([.write(path: "documents/bench-law.md", contents: Array(newer.utf8), executable: false)], message: "Second", author: author)
            let latest = try workspace.revision(of: id)
            var keys: [(String, NativeSigner)] = []
            var files: [FileChange] = []
            for n in 0..<50 {
                let key = SSHPrivateKey.generate(comment: "s\(n)")
                let stakeholder = "stakeholder-\(n)"
                keys.append((stakeholder, NativeSigner(key: key)))
                let yaml = "id: \(stakeholder)\nname: \"Stakeholder \(n)\"\ncategory: ngo\nkeys:\n  - key: \"\(key.publicKey.authorizedKeyLine)\"\n"
                files.append(.write(path: "stakeholders/\(stakeholder).yml", contents: Array(yaml.utf8), executable: false))
            }
            try workspace.commit(files, message: "Stakeholders", author: author)
            var refs: [String] = []
            let date = Date()
            for n in 0..<endorsements {
                let (stakeholder, signer) = keys[n % keys.count]
                let revision = n % 2 == 0 ? latest : older
                let bytes = try workspace.repository.blob(revision.blob)
                let statement = try EndorsementStatement(
                    document: id.rawValue, commit: revision.commit.hex, blob: revision.blob.hex,
                    textSHA256: EndorsementStatement.textDigest(of: String(decoding: bytes, as: UTF8.self)), stakeholder: stakeholder, stance: .support,
                    statement: "Endorsement number \(n).", date: date)
                let ref = EndorsementRef(document: id, stakeholder: stakeholder, number: n / keys.count + 1)
                let tag = try TagObject(
                    object: revision.commit.hex, type: .commit, name: String(ref.name.dropFirst(5)),
                    tagger: try Tagger(name: "Stakeholder", email: stakeholder, date: date), message: statement.message)
                let object = try workspace.repository.writeObject(try tag.signed(with: signer), type: .tag)
                try workspace.repository.createReference(name: ref.name, target: object, force: false, message: "bench")
                refs.append(ref.name)
            }
            return refs
        } catch let error as BenchError {
            throw error
        } catch {
            throw BenchError("cannot make the benchmark workspace: \(error)")
        }
    }
}
