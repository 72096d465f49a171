public import LegisDocument

/// The differences between two versions of a text, word by word, with what happened to each
/// provision.
public struct Redline: Sendable, Hashable {
    /// The pieces in document order: equal and deleted pieces joined give the old text byte for
    /// byte, equal and inserted pieces the new text.
    public var segments: [Segment]
    /// Each provision that changed, in document order (moved spans last).
    public var provisions: [ProvisionChange]
    /// Word totals.
    public var stats: DiffStats
    /// The language code of the new version's structure profile (`en`, `ro`, `de`), which names
    /// provisions for readers (``ProvisionChange/citation(in:)``); nil for a diff of plain text.
    public var language: String?
    /// The provisions of the old version, to say where deleted text stood (empty for a diff of
    /// plain text, and when the inputs were prepared without them: see ``DiffInput``).
    public var oldPlaces: ProvisionPlaces
    /// The provisions of the new version, to say where equal and inserted text stands.
    public var newPlaces: ProvisionPlaces

    public init(
        segments: [Segment], provisions: [ProvisionChange], stats: DiffStats, language: String? = nil,
        oldPlaces: ProvisionPlaces = ProvisionPlaces(), newPlaces: ProvisionPlaces = ProvisionPlaces()
    ) {
        self.segments = segments
        self.provisions = provisions
        self.stats = stats
        self.language = language
        self.oldPlaces = oldPlaces
        self.newPlaces = newPlaces
    }

    /// The structure profile that names this redline's provisions, if it has a language.
    public var profile: StructureProfile? { language.flatMap(StructureProfile.named) }

    /// Whether the versions differ in wording (a change of line wrapping alone does not count).
    public var hasChanges: Bool {
        stats.insertedWords > 0 || stats.deletedWords > 0 || !provisions.isEmpty
    }
}
