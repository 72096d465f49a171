import LegisDocument

/// Amending instructions as text: numbered points in the standard formulas, each followed, when
/// it brings new text, by that text quoted line by line (`> `).
public enum InstructionText {
    /// The instructions written in `language`; `articleWord` names articles (German `Artikel`
    /// for article-based texts, `§` otherwise).
    public static func render(_ instructions: [Instruction], language: InstructionLanguage, articleWord: String? = nil) -> String {
        var out = ""
        for (index, instruction) in instructions.enumerated() {
            let (line, block) = sentence(instruction, language: language, articleWord: articleWord)
            out += "\(index + 1). \(line)\n"
            if let block {
                var lines = block.split(separator: "\n", omittingEmptySubsequences: false)
                if block.hasSuffix("\n") { lines.removeLast() }
                for text in lines { out += text.isEmpty ? "    >\n" : "    > \(text)\n" }
            }
        }
        return out
    }

    private static func sentence(
        _ instruction: Instruction, language: InstructionLanguage, articleWord: String?
    ) -> (String, String?) {
        func ref(_ path: ProvisionPath) -> String { language.reference(path, articleWord: articleWord) }
        func template(_ formula: String) -> FormulaTemplate { FormulaTemplate(formula, quotes: language.quotes) }
        func newName(_ path: ProvisionPath) -> (String, String) {
            let last = path.components.last ?? ""
            let kind = ProvisionKind.allCases.first { last.hasPrefix($0.pathPrefix + "-") }
            return (language.component(of: last, articleWord: articleWord) ?? last, kind.flatMap { language.newNouns[$0] } ?? "")
        }
        switch instruction {
        case .replaceWords(let target, let old, let new):
            let formula = new.isEmpty ? language.deleteWords : language.replaceWords
            return (template(formula).fill(["ref": ref(target), "x": old, "y": new]), nil)
        case .replaceProvision(let target, let text):
            return (template(language.replaceProvision).fill(["Ref": ref(target).capitalisedFirst]), text)
        case .insertAfter(let anchor, let new, let text):
            let (name, noun) = newName(new)
            return (template(language.insertAfter).fill(["ref": ref(anchor), "new": name, "noun": noun]), text)
        case .insertAtStart(let parent, let new, let text):
            let (name, noun) = newName(new)
            return (template(language.insertAtStart).fill(["ref": ref(parent), "new": name, "noun": noun]), text)
        case .repeal(let target):
            return (template(language.repeal).fill(["Ref": ref(target).capitalisedFirst]), nil)
        case .renumber(let target, let new):
            let (name, _) = newName(new)
            let values = ["ref": ref(target), "Ref": ref(target).capitalisedFirst, "new": name, "det": language.formerArticle(of: target)]
            return (template(language.renumber).fill(values), nil)
        case .renumberAll:
            return (InstructionWording(instruction, language: language, articleWord: articleWord).sentence, nil)
        case .replaceOpening(let text):
            return (language.replaceOpening, text)
        }
    }

    /// Reads instructions written by ``render(_:language:articleWord:)`` (or by hand in the same
    /// formulas), each with the line it starts on.
    public static func parse(_ text: String, language: InstructionLanguage) throws(InstructionError) -> [(line: Int, instruction: Instruction)] {
        var points: [(line: Int, sentence: String, block: [String]?)] = []
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        for (offset, raw) in lines.enumerated() {
            let number = offset + 1
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            if trimmed.isEmpty || trimmed.hasPrefix("#") && points.isEmpty { continue }
            if trimmed.hasPrefix(">") {
                guard !points.isEmpty else { throw InstructionError(line: number, "quoted text before any instruction.") }
                var content = trimmed.dropFirst()
                if content.hasPrefix(" ") { content = content.dropFirst() }
                points[points.count - 1].block = (points[points.count - 1].block ?? []) + [String(content)]
                continue
            }
            let digits = trimmed.prefix { $0.isASCII && $0.isNumber }
            let afterDigits = trimmed.dropFirst(digits.count)
            guard !digits.isEmpty, afterDigits.hasPrefix(". ") || afterDigits.hasPrefix(") ") else {
                throw InstructionError(
                    line: number, "'\(String(trimmed.prefix(60)))' is not a numbered instruction (\"1. …\") nor quoted text (\"> …\").")
            }
            points.append((number, String(afterDigits.dropFirst(2)).trimmingSpaces, nil))
        }
        var result: [(line: Int, instruction: Instruction)] = []
        for point in points {
            result.append((point.line, try instruction(point.sentence, block: point.block, line: point.line, language: language)))
        }
        return result
    }

    private static func instruction(
        _ sentence: String, block: [String]?, line: Int, language: InstructionLanguage
    ) throws(InstructionError) -> Instruction {
        let text = block.map { $0.joined(separator: "\n") + "\n" }
        func template(_ formula: String) -> FormulaTemplate { FormulaTemplate(formula, quotes: language.quotes) }
        func path(_ reference: String?) throws(InstructionError) -> ProvisionPath {
            guard let reference, let path = language.path(from: reference) else {
                throw InstructionError(line: line, "'\(reference ?? "")' does not name a provision in \(language.code) (e.g. \(language.reference(ProvisionPath("art-5/par-2")))).")
            }
            return path
        }
        func requireBlock() throws(InstructionError) -> String {
            guard let text else { throw InstructionError(line: line, "the new text must follow, each line quoted with '> '.") }
            return text
        }
        func noBlock() throws(InstructionError) {
            if block != nil { throw InstructionError(line: line, "this instruction takes no quoted text.") }
        }
        if let values = template(language.replaceWords).match(sentence) {
            try noBlock()
            return .replaceWords(target: try path(values["ref"]), old: values["x"] ?? "", new: values["y"] ?? "")
        }
        if let values = template(language.deleteWords).match(sentence) {
            try noBlock()
            return .replaceWords(target: try path(values["ref"]), old: values["x"] ?? "", new: "")
        }
        if sentence == language.replaceOpening { return .replaceOpening(text: try requireBlock()) }
        if let values = template(language.replaceProvision).match(sentence) {
            return .replaceProvision(target: try path(values["Ref"]), text: try requireBlock())
        }
        if let values = template(language.insertAfter).match(sentence) {
            let anchor = try path(values["ref"])
            let new = try path(values["new"])
            return .insertAfter(anchor: anchor, new: sibling(new, of: anchor), text: try requireBlock())
        }
        if let values = template(language.insertAtStart).match(sentence) {
            let parent = try path(values["ref"])
            let new = try path(values["new"])
            return .insertAtStart(parent: parent, new: child(new, of: parent), text: try requireBlock())
        }
        if let values = template(language.renumberAll).match(sentence) {
            try noBlock()
            let list = values["refs"] ?? values["Refs"] ?? ""
            guard let targets = language.paths(fromList: list), let new = language.paths(fromList: values["news"] ?? ""),
                targets.count == new.count, Set(new.map { $0.components[0].prefix { $0 != "-" } }).count == 1,
                targets[0].components[0].prefix(while: { $0 != "-" }) == new[0].components[0].prefix(while: { $0 != "-" })
            else {
                throw InstructionError(line: line, "'\(sentence)' must name as many new numbers as provisions, of the same kind (e.g. \(language.reference(ProvisionPath("art-2")))).")
            }
            return .renumberAll(targets: targets, new: new)
        }
        if let values = template(language.renumber).match(sentence) {
            try noBlock()
            let target = try path(values["ref"] ?? values["Ref"])
            let new = try path(values["new"])
            guard new.components.count == 1, let last = target.components.last, let number = new.components.last,
                last.prefix(while: { $0 != "-" }) == number.prefix(while: { $0 != "-" })
            else {
                throw InstructionError(line: line, "'\(values["new"] ?? "")' is not a new number for \(language.reference(target)): name a provision of the same kind.")
            }
            return .renumber(target: target, new: sibling(new, of: target))
        }
        if let values = template(language.repeal).match(sentence) {
            try noBlock()
            return .repeal(target: try path(values["Ref"]))
        }
        throw InstructionError(line: line, "'\(String(sentence.prefix(80)))' is not one of the \(language.code) formulas (see Docs/amendments.md).")
    }

    /// The full path of a provision named by its last component, inserted next to `anchor`.
    static func sibling(_ new: ProvisionPath, of anchor: ProvisionPath) -> ProvisionPath {
        ProvisionPath(components: Array(anchor.components.dropLast()) + new.components)
    }

    /// The full path of a provision named by its last component, inserted first inside `parent`
    /// (articles are addressed without their containers).
    static func child(_ new: ProvisionPath, of parent: ProvisionPath) -> ProvisionPath {
        if new.components.first?.hasPrefix(ProvisionKind.article.pathPrefix + "-") == true { return new }
        if let first = new.components.first, ProvisionKind.allCases.contains(where: { first.hasPrefix($0.pathPrefix + "-") && $0 < .article }) {
            return new
        }
        return ProvisionPath(components: parent.components + new.components)
    }
}
