/// A formula split into fixed text and named slots, to fill in and to read back.
struct FormulaTemplate {
    enum Part: Equatable {
        case literal(String)
        case slot(String)
    }

    var parts: [Part]

    /// Splits `formula` at its `{name}` slots, with `{q}` and `{/q}` made the quotation marks.
    init(_ formula: String, quotes: (open: String, close: String)) {
        let text = formula.replacingAll("{q}", with: quotes.open).replacingAll("{/q}", with: quotes.close)
        var parts: [Part] = []
        var literal = ""
        var rest = Substring(text)
        while let first = rest.first {
            if first == "{", let close = rest.firstIndex(of: "}") {
                if !literal.isEmpty { parts.append(.literal(literal)) }
                literal = ""
                parts.append(.slot(String(rest[rest.index(after: rest.startIndex)..<close])))
                rest = rest[rest.index(after: close)...]
            } else {
                literal.append(first)
                rest = rest.dropFirst()
            }
        }
        if !literal.isEmpty { parts.append(.literal(literal)) }
        self.parts = parts
    }

    /// The formula with its slots filled in.
    func fill(_ values: [String: String]) -> String {
        parts.map { part in
            switch part {
            case .literal(let text): text
            case .slot(let name): values[name] ?? ""
            }
        }.joined()
    }

    /// The slot values of `line` when it reads as this formula: fixed text in order, each slot
    /// running to the first occurrence of the fixed text after it (the last one to the end).
    func match(_ line: String) -> [String: String]? {
        var values: [String: String] = [:]
        var rest = Substring(line)
        var index = 0
        while index < parts.count {
            switch parts[index] {
            case .literal(let text):
                guard rest.hasPrefix(text) else { return nil }
                rest = rest.dropFirst(text.count)
            case .slot(let name):
                if index + 1 == parts.count {
                    values[name] = String(rest)
                    rest = ""
                } else if case .literal(let next) = parts[index + 1] {
                    let value: Substring
                    if index + 2 == parts.count {
                        guard rest.hasSuffix(next) else { return nil }
                        value = rest.dropLast(next.count)
                    } else {
                        guard let end = rest.firstRange(of: next)?.lowerBound else { return nil }
                        value = rest[..<end]
                    }
                    guard !value.isEmpty || name == "y" else { return nil }
                    values[name] = String(value)
                    rest = rest[value.endIndex...]
                } else {
                    return nil
                }
            }
            index += 1
        }
        return rest.isEmpty ? values : nil
    }
}

extension String {
    /// The text with every occurrence of `target` replaced.
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        var out = ""
        var rest = Substring(self)
        while let range = rest.firstRange(of: target) {
            out += rest[..<range.lowerBound]
            out += replacement
            rest = rest[range.upperBound...]
        }
        return out + rest
    }
}

extension Substring {
    /// The first range where `target` occurs.
    func firstRange(of target: String) -> Range<Index>? {
        guard !target.isEmpty else { return nil }
        var index = startIndex
        while index < endIndex {
            if self[index...].hasPrefix(target) {
                return index..<self.index(index, offsetBy: target.count)
            }
            index = self.index(after: index)
        }
        return nil
    }

    /// The last range where `target` occurs.
    func lastRange(of target: String) -> Range<Index>? {
        guard !target.isEmpty else { return nil }
        var index = endIndex
        while index > startIndex {
            index = self.index(before: index)
            if self[index...].hasPrefix(target) { return index..<self.index(index, offsetBy: target.count) }
        }
        return nil
    }
}
