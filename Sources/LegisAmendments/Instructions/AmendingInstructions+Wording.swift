public import LegisDocument

extension AmendingInstructions {
    /// The instructions that turn `old` into `new`, each as words in `language` (`en`, `ro`,
    /// `de`; another code gives English), in the order ``generate(old:new:language:)`` numbers
    /// them.
    public static func wordings(old: Document, new: Document, language: String) -> [InstructionWording] {
        let formulas = InstructionLanguage.named(language) ?? .english
        let word = articleWord(old, formulas)
        return instructions(old: old, new: new).map { InstructionWording($0, language: formulas, articleWord: word) }
    }
}
