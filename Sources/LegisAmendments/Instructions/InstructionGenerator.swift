import LegisDiff
import LegisDocument

/// Works out the amending instructions that turn one version of a document into another,
/// choosing the smallest faithful unit: words replaced inside a provision when a few of its words
/// changed, the provision replaced when most of it did, insertions after a named provision,
/// repeals.
///
/// Provisions are paired by path; a provision whose place among the others changed is repealed
/// and inserted again. The result is checked by carrying it out on the old text: when that does
/// not give the new wording, coarser instructions (whole top-level provisions) are used.
struct InstructionGenerator {
    let old: Document
    let new: Document
    private let oldProvisions: [Provision]
    private let newProvisions: [Provision]
    private var oldIndex: [ProvisionPath: Int] = [:]
    /// The index of each provision's parent, or nil at the top.
    private let oldParent: [Int?]
    private let newParent: [Int?]
    /// Paths present in both versions at the same place among the others.
    private var kept = Set<ProvisionPath>()

    init(old: Document, new: Document) {
        self.old = old
        self.new = new
        oldProvisions = old.allProvisions
        newProvisions = new.allProvisions
        oldParent = Self.parents(oldProvisions)
        newParent = Self.parents(newProvisions)
        var newIndex: [ProvisionPath: Int] = [:]
        for (index, provision) in oldProvisions.enumerated() where oldIndex[provision.path] == nil {
            oldIndex[provision.path] = index
        }
        for (index, provision) in newProvisions.enumerated() where newIndex[provision.path] == nil {
            newIndex[provision.path] = index
        }
        let common = oldProvisions.map { newIndex[$0.path] }
        let moved = ProvisionMerge.movedPieces(common)
        for (index, provision) in oldProvisions.enumerated() where common[index] != nil && !moved.contains(index) {
            kept.insert(provision.path)
        }
    }

    /// The parent index of each provision of a depth-first list.
    private static func parents(_ list: [Provision]) -> [Int?] {
        var result: [Int?] = []
        var stack: [Int] = []
        for (index, provision) in list.enumerated() {
            while let top = stack.last, provision.range.lowerBound >= list[top].range.upperBound { stack.removeLast() }
            result.append(stack.last)
            stack.append(index)
        }
        return result
    }

    /// The instructions, fine-grained where they carry out faithfully, coarse otherwise.
    func instructions() -> [Instruction] {
        let fine = walk(coarse: false)
        if reproduces(fine) { return fine }
        return walk(coarse: true)
    }

    /// Whether carrying out `instructions` on the old text gives the new text's words.
    func reproduces(_ instructions: [Instruction]) -> Bool {
        var applier = InstructionApplier(old)
        for instruction in instructions {
            do {
                try applier.apply(instruction, line: 0, language: .english)
            } catch {
                return false
            }
        }
        return WordTokens.words(of: applier.result()) == WordTokens.words(of: new.source)
    }

    /// Walks the new version in order, with the old one alongside.
    private func walk(coarse: Bool) -> [Instruction] {
        var result: [Instruction] = []
        let oldOpening = old.pieces.first?.text ?? ""
        let newOpening = new.pieces.first?.text ?? ""
        var openingText: String? =
            WordTokens.words(of: oldOpening) == WordTokens.words(of: newOpening) ? nil : newOpening
        var consumed = Set<Int>()
        var skipWithin: Int?
        var nextOld = 0

        func consume(_ index: Int) {
            let outer = oldProvisions[index].range
            var cursor = index
            while cursor < oldProvisions.count, oldProvisions[cursor].range.lowerBound < outer.upperBound {
                consumed.insert(cursor)
                cursor += 1
            }
        }
        func repealUpTo(_ end: Int) {
            while nextOld < end {
                let index = nextOld
                nextOld += 1
                if kept.contains(oldProvisions[index].path) || consumed.contains(index) { continue }
                result.append(.repeal(target: oldProvisions[index].path))
                consume(index)
            }
        }

        for (newPosition, provision) in newProvisions.enumerated() {
            if let skip = skipWithin, provision.range.lowerBound < newProvisions[skip].range.upperBound { continue }
            skipWithin = nil
            let path = provision.path
            if kept.contains(path), let index = oldIndex[path] {
                repealUpTo(index)
                nextOld = max(nextOld, index + 1)
                if consumed.contains(index) { continue }
                let before = oldProvisions[index]
                if coarse {
                    if newParent[newPosition] == nil,
                        WordTokens.words(of: old.text(of: before)) != WordTokens.words(of: new.text(of: provision))
                    {
                        result.append(.replaceProvision(target: path, text: new.text(of: provision)))
                        consume(index)
                        skipWithin = newPosition
                    }
                    continue
                }
                let beforeOwn = old.ownText(of: before)
                let afterOwn = new.ownText(of: provision)
                if WordTokens.words(of: beforeOwn) == WordTokens.words(of: afterOwn) { continue }
                if let words = WordReplacements.instructions(target: path, old: beforeOwn, new: afterOwn) {
                    result += words
                } else {
                    result.append(.replaceProvision(target: path, text: new.text(of: provision)))
                    consume(index)
                    skipWithin = newPosition
                }
                continue
            }
            // A new provision (or one that moved): inserted with everything inside it.
            let text = new.text(of: provision)
            skipWithin = newPosition
            if let sibling = previousSibling(newPosition) {
                result.append(.insertAfter(anchor: newProvisions[sibling].path, new: path, text: text))
            } else if let parent = newParent[newPosition] {
                result.append(.insertAtStart(parent: newProvisions[parent].path, new: path, text: text))
            } else {
                openingText = (openingText ?? newOpening) + text
            }
        }
        repealUpTo(oldProvisions.count)
        if let openingText { return [.replaceOpening(text: openingText)] + result }
        return result
    }

    /// The provision just before the one at `position` inside the same parent, in the new version.
    private func previousSibling(_ position: Int) -> Int? {
        let parent = newParent[position]
        var cursor = position - 1
        while cursor >= 0 {
            if newParent[cursor] == parent { return cursor }
            if cursor == parent { return nil }
            cursor -= 1
        }
        return nil
    }
}
