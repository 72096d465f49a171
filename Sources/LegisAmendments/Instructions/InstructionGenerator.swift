import LegisDiff
import LegisDocument

/// Works out the amending instructions that turn one version of a document into another,
/// choosing the smallest faithful unit: words replaced inside a provision when a few of its words
/// changed, the provision replaced when most of it did, insertions after a named provision,
/// repeals.
///
/// Provisions are paired by identity (the redline's pairs, ``ProvisionMatching``): one that only
/// got a new number is renumbered, after the changes stated against the old numbering and before
/// the insertions stated against the new one. A provision whose place among the others changed
/// is repealed and inserted again. The result is checked by carrying it out on the old text: when
/// that does not give the new wording, provisions are paired by path (no renumbering), and then
/// coarser instructions (whole top-level provisions) are used.
struct InstructionGenerator {
    let old: Document
    let new: Document
    private let oldProvisions: [Provision]
    private let newProvisions: [Provision]
    private var oldIndex: [ProvisionPath: Int] = [:]
    /// The index of each provision's parent, or nil at the top.
    private let oldParent: [Int?]
    private let newParent: [Int?]
    /// The provisions of the old version still in the new one at the same place among the
    /// others: old index to new path, and new path to old index.
    private var keptOld: [Int: ProvisionPath] = [:]
    private var keptNew: [ProvisionPath: Int] = [:]

    /// Pairs provisions by path, or (`renumbering`) by the redline's pairs.
    init(old: Document, new: Document, renumbering: Bool = false) {
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
        let pairs: [ProvisionPath: ProvisionPath]
        if renumbering {
            pairs = ProvisionMatching.paths(old: old, new: new, redline: DocumentDiff.compare(old, new))
        } else {
            pairs = Dictionary(oldProvisions.map { ($0.path, $0.path) }, uniquingKeysWith: { first, _ in first })
        }
        let common = oldProvisions.map { pairs[$0.path].flatMap { newIndex[$0] } }
        let moved = ProvisionMerge.movedPieces(common)
        for (index, provision) in oldProvisions.enumerated() {
            guard let target = common[index].map({ newProvisions[$0].path }), !moved.contains(index) else { continue }
            if renumbering, !Self.isRenumbering(provision.path, as: target, parent: parentTarget(provision.path)) { continue }
            keptOld[index] = target
            if keptNew[target] == nil { keptNew[target] = index }
        }
    }

    /// Where the path-parent of `path` (`art-5` for `art-5/par-2`) went, if it stayed; nil for a
    /// path of one component.
    private func parentTarget(_ path: ProvisionPath) -> ProvisionPath?? {
        guard path.components.count > 1 else { return .some(nil) }
        let parent = ProvisionPath(components: Array(path.components.dropLast()))
        guard let index = oldIndex[parent] else { return nil }
        return keptOld[index].map { .some($0) } ?? nil
    }

    /// Whether `path` becoming `target` is at most a new number: the same kind, under the
    /// provision its parent became (`parent`: nil when its parent did not stay).
    private static func isRenumbering(_ path: ProvisionPath, as target: ProvisionPath, parent: ProvisionPath??) -> Bool {
        guard let parent, let from = path.components.last, let to = target.components.last,
            from.prefix(while: { $0 != "-" }) == to.prefix(while: { $0 != "-" })
        else { return false }
        if let parent { return Array(target.components.dropLast()) == parent.components }
        return target.components.count == 1
    }

    /// Whether some provision stays under a new number.
    var renumbers: Bool { keptOld.contains { oldProvisions[$0.key].path != $0.value } }

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
        let renumbering = InstructionGenerator(old: old, new: new, renumbering: true)
        if renumbering.renumbers {
            let fine = renumbering.walk(coarse: false)
            if renumbering.reproduces(fine) { return fine }
        }
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
        var replacedWhole = Set<Int>()

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
                if keptOld[index] != nil || consumed.contains(index) { continue }
                result.append(.repeal(target: oldProvisions[index].path))
                consume(index)
            }
        }

        for (newPosition, provision) in newProvisions.enumerated() {
            if let skip = skipWithin, provision.range.lowerBound < newProvisions[skip].range.upperBound { continue }
            skipWithin = nil
            let path = provision.path
            if let index = keptNew[path] {
                repealUpTo(index)
                nextOld = max(nextOld, index + 1)
                if consumed.contains(index) { continue }
                let before = oldProvisions[index]
                if coarse {
                    if newParent[newPosition] == nil,
                        WordTokens.words(of: old.text(of: before)) != WordTokens.words(of: new.text(of: provision))
                    {
                        result.append(.replaceProvision(target: before.path, text: new.text(of: provision)))
                        consume(index)
                        skipWithin = newPosition
                    }
                    continue
                }
                let beforeOwn = old.ownText(of: before)
                // Under its old number: a renumbering follows.
                let renumbered = before.path != path
                var afterOwn = new.ownText(of: provision)
                if renumbered { afterOwn = afterOwn.replacingFirst(provision.label, with: before.label) }
                if WordTokens.words(of: beforeOwn) == WordTokens.words(of: afterOwn) { continue }
                if let words = WordReplacements.instructions(target: before.path, old: beforeOwn, new: afterOwn) {
                    result += words
                } else {
                    var text = new.text(of: provision)
                    if renumbered { text = text.replacingFirst(provision.label, with: before.label) }
                    result.append(.replaceProvision(target: before.path, text: text))
                    consume(index)
                    replacedWhole.insert(index)
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
        let opening: [Instruction] = openingText.map { [.replaceOpening(text: $0)] } ?? []
        let renumberings = renumberings(skipping: consumed.subtracting(replacedWhole))
        guard !renumberings.isEmpty else { return opening + result }
        // Changes against the old numbers, the renumbering, insertions against the new numbers.
        func isInsertion(_ instruction: Instruction) -> Bool {
            switch instruction {
            case .insertAfter, .insertAtStart: true
            default: false
            }
        }
        return opening + result.filter { !isInsertion($0) } + renumberings + result.filter(isInsertion)
    }

    /// The renumberings that give the provisions kept their new numbers.
    ///
    /// Provisions inside one replaced or repealed are left out. The order is one where no number
    /// is taken twice at once, each named as the renumberings before it left it; empty when no
    /// such order exists.
    private func renumberings(skipping gone: Set<Int>) -> [Instruction] {
        var names: [Int: ProvisionPath] = [:]
        var owner: [ProvisionPath: Int] = [:]
        for (index, _) in keptOld where !gone.contains(index) {
            names[index] = oldProvisions[index].path
            owner[oldProvisions[index].path] = index
        }
        var pending = names.keys.filter { index in
            keptOld[index]?.components.last != oldProvisions[index].path.components.last
        }.sorted()
        var result: [Instruction] = []
        var later: [Instruction] = []
        while !pending.isEmpty {
            var progressed = false
            for (position, index) in pending.enumerated() {
                guard let name = names[index], let last = keptOld[index]?.components.last else { continue }
                let target = ProvisionPath(components: Array(name.components.dropLast()) + [last])
                guard owner[target] == nil else { continue }
                // One inside provisions already renumbered waits until the top ones are done.
                let waits = name.components.count > 1 && !pending.contains { other in
                    other != index && names[other].map { name.isWithin($0) } == true
                }
                if waits { later.append(.renumber(target: name, new: target)) } else { result.append(.renumber(target: name, new: target)) }
                for (other, otherName) in names where otherName.isWithin(name) {
                    let renamed = ProvisionPath(components: target.components + otherName.components.dropFirst(name.components.count))
                    owner[otherName] = nil
                    names[other] = renamed
                }
                for (other, otherName) in names where otherName.isWithin(target) { owner[otherName] = other }
                pending.remove(at: position)
                progressed = true
                break
            }
            if !progressed { return [] }
        }
        return grouped(result) + later
    }

    /// Renumberings of provisions of one kind at the top that follow each other, as one, in
    /// document order.
    private func grouped(_ renumberings: [Instruction]) -> [Instruction] {
        var result: [Instruction] = []
        var run: [(ProvisionPath, ProvisionPath)] = []
        func kind(_ path: ProvisionPath) -> Substring? {
            path.components.count == 1 ? path.components[0].prefix { $0 != "-" } : nil
        }
        func flush() {
            if run.count == 1, let (target, new) = run.first {
                result.append(.renumber(target: target, new: new))
            } else if run.count > 1 {
                let ordered = run.sorted { (oldIndex[$0.0] ?? 0) < (oldIndex[$1.0] ?? 0) }
                result.append(.renumberAll(targets: ordered.map(\.0), new: ordered.map(\.1)))
            }
            run = []
        }
        for instruction in renumberings {
            guard case .renumber(let target, let new) = instruction, let kind = kind(target) else {
                flush()
                result.append(instruction)
                continue
            }
            if let first = run.first, Self.kindOf(first.0) != kind { flush() }
            run.append((target, new))
        }
        flush()
        return result
    }

    private static func kindOf(_ path: ProvisionPath) -> Substring { path.components.first?.prefix { $0 != "-" } ?? "" }

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
