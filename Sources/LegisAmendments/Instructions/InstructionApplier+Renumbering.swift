import LegisDocument

extension InstructionApplier {
    /// Gives the provisions at `targets` the numbers of `new`, all at once: the marker in each
    /// text changes, and each and everything inside it are named under its new path from then on.
    mutating func renumber(
        _ targets: [ProvisionPath], as new: [ProvisionPath], line: Int, language: InstructionLanguage
    ) throws(InstructionError) {
        guard targets.count == new.count, !targets.isEmpty else {
            throw InstructionError(line: line, "as many new numbers as provisions renumbered are needed.")
        }
        var starts: [Int] = []
        for target in targets {
            let name = language.reference(target)
            guard let start = own[target], last[target] != nil else {
                throw InstructionError(
                    line: line, "\(name) is not a provision of the text (\(target)); it cannot be renumbered.")
            }
            guard texts[start] != nil else {
                throw InstructionError(
                    line: line, "\(name) was repealed by an earlier instruction; it cannot be renumbered.")
            }
            starts.append(start)
        }
        for path in new where !targets.contains(path) {
            if let taken = own[path], texts[taken] != nil {
                throw InstructionError(line: line, "\(language.reference(path)) already exists: renumber it first.")
            }
        }
        guard Set(new).count == new.count else {
            throw InstructionError(line: line, "two provisions are given the same number.")
        }
        for (index, target) in targets.enumerated() {
            try relabel(starts[index], target, as: new[index], line: line, language: language)
        }
        // Everything inside follows: its names move under the new numbers.
        var moved: [(ProvisionPath, Int?, Int?)] = []
        for (target, path) in zip(targets, new) where target != path {
            let depth = target.components.count
            for key in Array(own.keys) where key.isWithin(target) {
                let renamed = ProvisionPath(components: path.components + key.components.dropFirst(depth))
                moved.append((renamed, own.removeValue(forKey: key), last.removeValue(forKey: key)))
            }
        }
        for (renamed, start, end) in moved {
            if let start { own[renamed] = start }
            if let end { last[renamed] = end }
        }
    }

    /// Changes the number in the marker of the piece at `start` from `target`'s to `new`'s.
    private mutating func relabel(
        _ start: Int, _ target: ProvisionPath, as new: ProvisionPath, line: Int, language: InstructionLanguage
    ) throws(InstructionError) {
        let name = language.reference(target)
        let number = String(new.components.last?.drop { $0 != "-" }.dropFirst() ?? "")
        let oldNumber = String(target.components.last?.drop { $0 != "-" }.dropFirst() ?? "")
        guard let current = texts[start], let label = labels[start], let at = Substring(label).lastRange(of: oldNumber)
        else {
            throw InstructionError(line: line, "the marker of \(name) does not show its number '\(oldNumber)'.")
        }
        let newLabel = String(label[..<at.lowerBound]) + number + String(label[at.upperBound...])
        guard Substring(current).firstRange(of: label) != nil else {
            throw InstructionError(line: line, "the marker ‘\(label)’ of \(name) is not in its text.")
        }
        texts[start] = current.replacingFirst(label, with: newLabel)
        labels[start] = newLabel
    }
}
