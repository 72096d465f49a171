import Yams

/// The settings of a workspace, read from `legis.yml` at the repository root.
///
/// Every field is optional. Without the file, every Markdown file is a document except the usual
/// project files (README, CHANGES, licences) and the stakeholder folder, so an existing
/// repository of legal texts opens without moving a file.
public struct WorkspaceConfig: Sendable, Hashable {
    /// Glob patterns of the files that are documents.
    public var documents: [GlobPattern]
    /// Glob patterns of Markdown files that are never documents.
    public var exclude: [GlobPattern]
    /// The folder holding one YAML file per stakeholder.
    public var stakeholders: String
    /// The stakeholders whose keys may sign changes to the registry (the secretariat); empty in a
    /// workspace without a trust root. See Docs/endorsing.md, "Who may change the registry".
    public var secretariat: [String] = []
    /// Who may read the web interface: everyone (`public`, the default) or signed-in members.
    public var visibility: Visibility = .public

    /// The name of the settings file.
    public static let fileName = "legis.yml"

    /// What a workspace without `legis.yml` uses.
    public static let fallback = WorkspaceConfig(
        documents: [GlobPattern("**/*.md")],
        exclude: ["README.md", "CHANGES.md", "CHANGELOG.md", "LICENSE.md", "CONTRIBUTING.md", "Docs/**",
                  "docs/**", "stakeholders/**", "Templates/**"].map(GlobPattern.init) + [GlobPattern("**/README.md"), GlobPattern("**/CHANGES.md")],
        stakeholders: "stakeholders")

    /// What `legis init` writes: documents in `documents/`.
    public static let initial = WorkspaceConfig(
        documents: [GlobPattern("documents/**/*.md")], exclude: [], stakeholders: "stakeholders")

    public init(documents: [GlobPattern], exclude: [GlobPattern], stakeholders: String) {
        self.documents = documents
        self.exclude = exclude
        self.stakeholders = stakeholders
    }

    /// Reads `legis.yml`; `nil` text gives ``fallback``.
    public static func parse(_ text: String?) throws(LegisError) -> WorkspaceConfig {
        guard let text else { return .fallback }
        let node: Node?
        do {
            node = try Yams.compose(yaml: text)
        } catch {
            throw LegisError(.invalidInput, "\(fileName) is not valid YAML (\(error)): fix the file.")
        }
        guard let mapping = node?.mapping else {
            if node == nil { return .fallback }
            throw LegisError(.invalidInput, "\(fileName) must be a mapping with the keys 'documents', 'exclude' and 'stakeholders'.")
        }
        var config = WorkspaceConfig.fallback
        for (key, value) in mapping {
            switch key.string {
            case "documents": config.documents = try patterns(value, key: "documents")
            case "exclude": config.exclude = try patterns(value, key: "exclude")
            case "secretariat":
                let ids = stringList(value)
                guard let ids, !ids.isEmpty else {
                    throw LegisError(.invalidInput, "\(fileName): 'secretariat' must list stakeholder ids.")
                }
                config.secretariat = ids
            case "stakeholders":
                guard let folder = value.string, !folder.isEmpty, !folder.contains(".."), !folder.hasPrefix("/") else {
                    throw LegisError(.invalidInput, "\(fileName): 'stakeholders' must name a folder inside the repository.")
                }
                config.stakeholders = folder.hasSuffix("/") ? String(folder.dropLast()) : folder
            case "visibility": config.visibility = try Visibility(parsing: value.string)
            default:
                let line = key.mark.map { " (line \($0.line))" } ?? ""
                throw LegisError(
                    .invalidInput,
                    "\(fileName)\(line): unknown key '\(key.string ?? "?")'; the keys are documents, exclude, stakeholders, secretariat, visibility.")
            }
        }
        return config
    }

    /// The YAML text of this configuration.
    public var yaml: String {
        var lines = ["# Legis workspace settings.", "# Files that are documents (glob patterns from the repository root):", "documents:"]
        lines += documents.map { "  - \"\($0.pattern)\"" }
        if !exclude.isEmpty {
            lines.append("exclude:")
            lines += exclude.map { "  - \"\($0.pattern)\"" }
        }
        lines.append("# Folder of stakeholder files (one YAML file per stakeholder):")
        lines.append("stakeholders: \(stakeholders)")
        if !secretariat.isEmpty {
            lines.append("# Stakeholders whose keys sign every change to the registry (the trust root):")
            lines.append("secretariat:")
            lines += secretariat.map { "  - \($0)" }
        }
        if visibility != .public { lines.append("visibility: \(visibility.rawValue)") }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Whether the repository path is a document.
    public func isDocument(_ path: String) -> Bool {
        path.hasSuffix(".md") && documents.contains { $0.matches(path) } && !exclude.contains { $0.matches(path) }
            && !path.hasPrefix(stakeholders + "/")
    }

    /// The document id of a repository path that is a document.
    public func documentID(forPath path: String) -> DocumentID? {
        guard isDocument(path), let pattern = documents.first(where: { $0.matches(path) }) else { return nil }
        let relative = path.dropFirst(pattern.baseDirectory.count).dropLast(3)
        return try? DocumentID(String(relative))
    }

    /// Where a document with this id is stored.
    public func path(for id: DocumentID) -> String {
        (documents.first?.baseDirectory ?? "") + id.rawValue + ".md"
    }

    private static func stringList(_ node: Node) -> [String]? {
        if let single = node.string { return [single] }
        return node.sequence?.map { $0.string ?? "" }.filter { !$0.isEmpty }
    }

    private static func patterns(_ node: Node, key: String) throws(LegisError) -> [GlobPattern] {
        if let single = node.string { return [GlobPattern(single)] }
        guard let sequence = node.sequence else {
            throw LegisError(.invalidInput, "\(fileName): '\(key)' must be a list of glob patterns.")
        }
        var result: [GlobPattern] = []
        for item in sequence {
            guard let text = item.string, !text.isEmpty, !text.hasPrefix("/"), !text.contains("..") else {
                throw LegisError(.invalidInput, "\(fileName): each '\(key)' entry must be a relative glob pattern.")
            }
            result.append(GlobPattern(text))
        }
        return result
    }
}
