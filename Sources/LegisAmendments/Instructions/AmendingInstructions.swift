import LegisDiff
public import LegisDocument

/// Amending instructions: generated from any two versions of a document, and carried out on a text.
public enum AmendingInstructions {
    /// The instructions that turn `old` into `new`.
    public static func instructions(old: Document, new: Document) -> [Instruction] {
        InstructionGenerator(old: old, new: new).instructions()
    }

    /// The instructions that turn `old` into `new`, written in `language` (`en`, `ro`, `de`;
    /// another code gives English).
    public static func generate(old: Document, new: Document, language: String) -> String {
        let formulas = InstructionLanguage.named(language) ?? .english
        return InstructionText.render(
            instructions(old: old, new: new), language: formulas, articleWord: articleWord(old, formulas))
    }

    /// `document`'s text with the instructions (in `language`) carried out: all of them, or none
    /// with an error naming the line of the first that cannot be read or placed.
    public static func apply(_ text: String, to document: Document, language: String) throws(InstructionError) -> String {
        guard let formulas = InstructionLanguage.named(language) else {
            throw InstructionError(line: 0, "no amending formulas for language '\(language)'; known: \(InstructionLanguage.codes.joined(separator: ", ")).")
        }
        let parsed = try InstructionText.parse(text, language: formulas)
        guard !parsed.isEmpty else { throw InstructionError(line: 1, "there is no instruction to carry out.") }
        var applier = InstructionApplier(document)
        for (line, instruction) in parsed { try applier.apply(instruction, line: line, language: formulas) }
        return applier.result()
    }

    /// How German instructions name articles: `Artikel` when the text writes them so, `§` otherwise.
    static func articleWord(_ document: Document, _ language: InstructionLanguage) -> String? {
        guard language.code == "de" else { return nil }
        let article = document.allProvisions.first { $0.kind == .article }
        return article.map { $0.label.hasPrefix("§") ? "§" : "Artikel" }
    }
}
