/// The arguments of `legis diff` in its common forms, read without ArgumentParser.
///
/// `diff --files OLD NEW` and `diff ID A [B]` are the forms scripts, editors and reviewers call
/// again and again, and ArgumentParser's reflection over the command tree costs about 2.5 ms of
/// every start in a binary this size. Known here: positional arguments, `--files`, and
/// `--format F`, `--language L`, `--repo R` (each at most once, `--name value` or
/// `--name=value`). Anything else (help, another option, a value that is not valid, `--`) gives
/// nil and goes through ArgumentParser, which also reports every error.
struct QuickDiffArguments {
    var files = false
    var positional: [String] = []
    var format: Diff.Format?
    var language: String?
    var repo: String?

    init?(_ arguments: [String]) {
        guard arguments.first == "diff" else { return nil }
        var index = 1
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if !argument.hasPrefix("-") {
                positional.append(argument)
                continue
            }
            var name = argument
            var value: String?
            if let equals = argument.firstIndex(of: "=") {
                name = String(argument[..<equals])
                value = String(argument[argument.index(after: equals)...])
            }
            if name == "--files" {
                guard value == nil, !files else { return nil }
                files = true
                continue
            }
            guard ["--format", "--language", "--repo"].contains(name) else { return nil }
            if value == nil, index < arguments.count, !arguments[index].hasPrefix("-") {
                value = arguments[index]
                index += 1
            }
            guard let value else { return nil }
            switch name {
            case "--format":
                guard format == nil, let known = Self.format(named: value) else { return nil }
                format = known
            case "--language":
                guard language == nil, ["en", "ro", "de"].contains(value) else { return nil }
                language = value
            default:
                guard repo == nil, !value.isEmpty else { return nil }
                repo = value
            }
        }
    }

    /// The format named `name`, docx aside (it writes a file). A switch rather than
    /// `Diff.Format(rawValue:)`, which looks the name up in an array whose type the runtime
    /// makes on first use.
    static func format(named name: String) -> Diff.Format? {
        switch name {
        case "terminal": .terminal
        case "word": .word
        case "html": .html
        case "synopsis": .synopsis
        case "stat": .stat
        case "json": .json
        case "instructions": .instructions
        default: nil
        }
    }
}
