import LegisDocument
import Testing

@testable import LegisDiff

/// Inputs prepared without places give the same redline but for the places, which only the
/// renderings for readers use: JSON is the same bytes.
@Suite struct PlacesLeftOutTests {
    @Test func jsonIsTheSameWithoutPlaces() throws {
        let pairs = [
            (
                "# Law\n\n## Article 1 — Scope\n\n(1) Five days.\n(2) Ten days.\n\n## Article 2\n\nText.\n",
                "# Law\n\n## Article 1 — Scope\n\n(1) Four days.\n(2) Ten days.\n\n## Article 3\n\nText.\n"
            ),
            (try Corpus.text("bgb/bgb-2012-12-02.md"), try Corpus.text("bgb/bgb-2013-01-11.md")),
        ]
        for (oldText, newText) in pairs {
            let old = try Document.parse(oldText)
            let new = try Document.parse(newText)
            let full = DocumentDiff.compare(DiffInput(old), DiffInput(new))
            let bare = DocumentDiff.compare(DiffInput(old, places: false), DiffInput(new, places: false))
            #expect(!full.oldPlaces.places.isEmpty && !full.newPlaces.places.isEmpty)
            #expect(bare.oldPlaces.places.isEmpty && bare.newPlaces.places.isEmpty)
            #expect(bare.segments == full.segments)
            #expect(bare.provisions == full.provisions)
            #expect(bare.json() == full.json())
        }
    }
}
