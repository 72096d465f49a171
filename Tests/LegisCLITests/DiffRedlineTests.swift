import Foundation
import LegisTestSupport
import Testing

@testable import legis

/// What `legis diff` prints for a reviewer: each change under its provision's legal name and its
/// article's heading, moved text shown apart, totals in the right number.
@Suite struct DiffRedlineTests {
    /// Articles with their title on the line under `Articolul N`, paragraphs on consecutive
    /// lines.
    static let old = """
        Articolul 2
        Principii
        (1) Agențiile acționează cu respectarea principiului egalității de șanse. \(sentence)
        (2) Agențiile păstrează confidențialitatea datelor personale.

        Articolul 3
        Licențierea
        (1) Licența se eliberează în termen de 30 de zile.

        Articolul 7
        Tarife
        (1) Agențiile pot percepe tarife numai de la angajatori.

        """
    static let sentence = "Agenția nu percepe niciun tarif de la persoanele care caută un loc de muncă."
    static let new =
        old.replacingOccurrences(of: " " + sentence, with: "")
        .replacingOccurrences(of: "angajatori.", with: "angajatori. " + sentence)
        .replacingOccurrences(of: "30 de zile", with: "15 zile")

    @Test func filesDiffNamesEachChangedProvisionAndItsArticle() async throws {
        let scratch = try Scratch()
        let old = try scratch.write("old.md", Self.old)
        let new = try scratch.write("new.md", Self.new)
        let outcome = await legis("diff", "--files", old, new)
        #expect(outcome.status == 0, "\(outcome.error)")
        let lines = outcome.output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.contains("── Art. 2 alin. (1) — Principii"), "\(outcome.output)")
        #expect(lines.contains("── Art. 3 alin. (1) — Licențierea"))
        #expect(lines.contains("── Art. 7 alin. (1) — Tarife"))
        #expect(lines.contains("(1) Licența se eliberează în termen de [-30 de-]{+15+} zile."))
        #expect(outcome.output.contains("șanse. ⟦moved to Art. 7 alin. (1): \(Self.sentence)⟧\n"))
        #expect(outcome.output.contains("angajatori. ⟦moved from Art. 2 alin. (1): \(Self.sentence)⟧\n"))
        #expect(
            outcome.output.hasSuffix("\n3 provisions changed, 1 passage moved, 15 words inserted, 16 words deleted\n"))
        #expect(!outcome.output.contains("\u{1B}["), "no colour when the output is not a terminal")
    }

    @Test func revisionDiffNamesTheProvisionInEnglish() async throws {
        let scratch = try await CommandTests().workspace()
        let outcome = await legis("diff", "organs", "latest-1", "latest", "--repo", scratch.file("ws"))
        #expect(outcome.status == 0, "\(outcome.error)")
        #expect(
            outcome.output.contains(
                "── Article 2(1) — Consent\n(1) No organ may be removed without the {+free, informed and +}written consent"
            ), "\(outcome.output)")
        #expect(outcome.output.hasSuffix("\n1 provision changed, 3 words inserted, 0 words deleted\n"))
    }

    @Test func colourOnlyOnATerminalWithoutNoColour() {
        #expect(Diff.usesColour(isTerminal: true, environment: [:]))
        #expect(!Diff.usesColour(isTerminal: false, environment: [:]))
        #expect(!Diff.usesColour(isTerminal: true, environment: ["NO_COLOR": "1"]))
        #expect(Diff.usesColour(isTerminal: true, environment: ["NO_COLOR": ""]), "an empty NO_COLOR is not set")
        #expect(!Diff.usesColour(isTerminal: true, environment: ["TERM": "dumb"]))
    }

    @Test func htmlAndTheWebStyleMarkMovedText() async throws {
        let scratch = try Scratch()
        let old = try scratch.write("old.md", Self.old)
        let new = try scratch.write("new.md", Self.new)
        let html = await legis("diff", "--files", old, new, "--format", "html")
        #expect(html.output.contains(#"<del class="moved" title="moved to Art. 7 alin. (1)">Agenția"#))
        #expect(html.output.contains(#"<ins class="moved" title="moved from Art. 2 alin. (1)">Agenția"#))
        let style = try String(contentsOfFile: repositoryRoot + "/Templates/web/style.css", encoding: .utf8)
        #expect(style.contains("del.moved") && style.contains("ins.moved"))
    }

    @Test func statAndStructureCountInTheRightNumber() async throws {
        let scratch = try Scratch()
        let old = try scratch.write("old.md", "Articolul 1\nTaxa este de cinci lei.\n")
        let new = try scratch.write("new.md", "Articolul 1\nTaxa este de patru lei.\n")
        let stat = await legis("diff", "--files", old, new, "--format", "stat")
        #expect(stat.output.hasSuffix("1 provision change, 1 word inserted, 1 word deleted\n"), "\(stat.output)")
        let terminal = await legis("diff", "--files", old, new)
        #expect(terminal.output.hasSuffix("\n1 provision changed, 1 word inserted, 1 word deleted\n"))
        let structure = await legis("structure", old)
        #expect(structure.output.hasPrefix("language: ro, 1 provision\n"), "\(structure.output)")
    }
}
