import LegisDocument

/// The standard formulas of amending instructions in one language, as data: how provisions are
/// named, and the sentence for each kind of change.
///
/// In a formula, `{ref}` is a provision reference (`{Ref}`: capitalised, at the start of a
/// sentence), `{new}` the number of an inserted provision, `{noun}` the words that introduce it,
/// `{x}` and `{y}` the words replaced and replacing, `{det}` the article before a renumbered
/// provision (German).
public struct InstructionLanguage: Sendable {
    /// The language code: `en`, `ro`, `de`.
    public var code: String
    /// The name of each kind of provision in a reference (`Article`, `alineatul`, `Absatz`).
    var kindNames: [ProvisionKind: String]
    /// Other names read for a kind (German `§` as well as `Artikel`).
    var aliases: [String: ProvisionKind]
    /// How a number is written after its name: `{n}`, `({n})`, `{n})`.
    var numberForms: [ProvisionKind: String]
    /// What separates the components of a reference.
    var separator: String
    /// The words that introduce an inserted provision of a kind (`un nou articol`, `folgender`).
    var newNouns: [ProvisionKind: String]
    /// The words were replaced.
    var replaceWords: String
    /// The words were deleted.
    var deleteWords: String
    /// A provision is replaced whole.
    var replaceProvision: String
    /// A provision is inserted after another.
    var insertAfter: String
    /// A provision is inserted as the first inside another.
    var insertAtStart: String
    /// A provision is repealed.
    var repeal: String
    /// A provision is given a new number.
    var renumber: String
    /// Several provisions at the top are given new numbers at once (`{refs}`, `{news}`: lists).
    var renumberAll: String
    /// The plural of each kind at the top (`Articles`, `articolele`, `§§`).
    var pluralNames: [ProvisionKind: String]
    /// The word before the last item of a list (`and`, `și`, `und`).
    var conjunction: String
    /// The article that opens a renumbering, by the kind renumbered (German `Der`, `Die`,
    /// `Das`); `Der` when the kind is not listed.
    var formerArticles: [ProvisionKind: String] = [:]
    /// The text before the first provision is replaced.
    var replaceOpening: String
    /// The quotation marks around quoted words.
    var quotes: (open: String, close: String)

    /// The languages with formulas.
    public static let all: [InstructionLanguage] = [.english, .romanian, .german]

    /// The codes of ``all``.
    public static let codes: [String] = all.map(\.code)

    /// The formulas for `code`, if any.
    public static func named(_ code: String) -> InstructionLanguage? { all.first { $0.code == code } }
}
