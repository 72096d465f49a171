public import LegisDocument

/// An amending instruction as words: the sentence of its formula cut into fixed words, the
/// provisions it names and the words it quotes, for formats that mark each up (Akoma Ntoso's
/// `ref`, `quotedText`).
///
/// Joined, the parts read exactly as the instruction's sentence in ``InstructionText``.
public struct InstructionWording: Sendable, Hashable {
    /// One piece of the sentence.
    public enum Part: Sendable, Hashable {
        /// Fixed words of the formula.
        case text(String)
        /// A provision of the text amended, as the sentence names it (`Article 5, paragraph 2`).
        case reference(ProvisionPath, String)
        /// The number of a provision inserted, as the sentence names it (`Article 7a`).
        case newProvision(ProvisionPath, String)
        /// Words quoted, without their quotation marks: the words replaced (`isNew` false) or
        /// the words replacing them.
        case quoted(String, isNew: Bool)
    }

    /// The instruction.
    public var instruction: Instruction
    /// The sentence, in order.
    public var parts: [Part]
    /// The quotation marks the language puts around quoted words.
    public var openQuote: String
    public var closeQuote: String

    /// The sentence as written: the parts joined, quoted words in their quotation marks.
    public var sentence: String {
        parts.map { part in
            switch part {
            case .text(let text), .reference(_, let text), .newProvision(_, let text): text
            case .quoted(let text, _): openQuote + text + closeQuote
            }
        }.joined()
    }

    /// The wording of `instruction` in `language`; `articleWord` names articles as in
    /// ``InstructionText/render(_:language:articleWord:)``.
    init(_ instruction: Instruction, language: InstructionLanguage, articleWord: String?) {
        self.instruction = instruction
        openQuote = language.quotes.open
        closeQuote = language.quotes.close
        func ref(_ path: ProvisionPath) -> String { language.reference(path, articleWord: articleWord) }
        func newName(_ path: ProvisionPath) -> (String, String) {
            let last = path.components.last ?? ""
            let kind = ProvisionKind.allCases.first { last.hasPrefix($0.pathPrefix + "-") }
            return (
                language.component(of: last, articleWord: articleWord) ?? last,
                kind.flatMap { language.newNouns[$0] } ?? ""
            )
        }
        let formula: String
        var values: [String: Part] = [:]
        var lists: [String: [Part]] = [:]
        switch instruction {
        case .replaceWords(let target, let old, let new):
            formula = new.isEmpty ? language.deleteWords : language.replaceWords
            values = [
                "ref": .reference(target, ref(target)), "x": .quoted(old, isNew: false), "y": .quoted(new, isNew: true),
            ]
        case .replaceProvision(let target, _):
            formula = language.replaceProvision
            values = ["Ref": .reference(target, ref(target).capitalisedFirst)]
        case .insertAfter(let anchor, let new, _):
            formula = language.insertAfter
            let (name, noun) = newName(new)
            values = ["ref": .reference(anchor, ref(anchor)), "new": .newProvision(new, name), "noun": .text(noun)]
        case .insertAtStart(let parent, let new, _):
            formula = language.insertAtStart
            let (name, noun) = newName(new)
            values = ["ref": .reference(parent, ref(parent)), "new": .newProvision(new, name), "noun": .text(noun)]
        case .repeal(let target):
            formula = language.repeal
            values = ["Ref": .reference(target, ref(target).capitalisedFirst)]
        case .renumber(let target, let new):
            formula = language.renumber
            values = [
                "ref": .reference(target, ref(target)), "Ref": .reference(target, ref(target).capitalisedFirst),
                "new": .newProvision(new, newName(new).0), "det": .text(language.formerArticle(of: target)),
            ]
        case .renumberAll(let targets, let new):
            formula = language.renumberAll
            lists = [
                "refs": language.listParts(targets, articleWord: articleWord, capitalised: false, isNew: false),
                "Refs": language.listParts(targets, articleWord: articleWord, capitalised: true, isNew: false),
                "news": language.listParts(new, articleWord: articleWord, capitalised: false, isNew: true),
            ]
        case .replaceOpening:
            formula = language.replaceOpening
        }
        parts = Self.parts(of: formula, values.mapValues { [$0] }.merging(lists) { $1 })
    }

    /// The formula's fixed text and slots, slots filled from `values`; `{q}` and `{/q}` (the
    /// quotation marks) are left to the quoted parts they surround.
    private static func parts(of formula: String, _ values: [String: [Part]]) -> [Part] {
        var parts: [Part] = []
        var literal = ""
        var rest = Substring(formula)
        func flush() {
            if !literal.isEmpty { parts.append(.text(literal)) }
            literal = ""
        }
        while let first = rest.first {
            if first == "{", let close = rest.firstIndex(of: "}") {
                let name = String(rest[rest.index(after: rest.startIndex)..<close])
                rest = rest[rest.index(after: close)...]
                guard name != "q", name != "/q" else { continue }
                flush()
                parts += values[name] ?? []
            } else {
                literal.append(first)
                rest = rest.dropFirst()
            }
        }
        flush()
        // Neighbouring fixed words (around an empty slot) as one part.
        return parts.reduce(into: []) { result, part in
            if case .text(let text) = part, case .text(let previous)? = result.last {
                result[result.count - 1] = .text(previous + text)
            } else if case .text(let text) = part, text.isEmpty {
                return
            } else {
                result.append(part)
            }
        }
    }
}
