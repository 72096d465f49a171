/// The ways a redline can be written out.
public enum RedlineFormat: String, Sendable, Hashable, CaseIterable {
    /// Marked-up text for a terminal: red strikethrough and green underline with colour,
    /// `[-old-]{+new+}` without, moved text in magenta or `⟦moved to Art. 7 alin. (1): …⟧`; only
    /// the changed lines and their context by default, each change under a line naming its
    /// provision and its article's heading, and the totals at the end.
    case terminal
    /// The whole text with git-style `[-old-]{+new+}` markers (moved text
    /// `⟦moved to Art. 7 alin. (1): …⟧` where it stood, `⟦moved from …: …⟧` where it stands).
    case word
    /// A self-contained HTML page with `<del>` and `<ins>` (`class="moved"` for moved text).
    case html
    /// Two columns, old and new, one row per changed provision, as text.
    case synopsis
    /// The synopsis as a self-contained HTML page.
    case synopsisHTML = "synopsis-html"
    /// One line per changed provision: kind, path, words inserted and deleted.
    case stat
    /// The stable JSON schema described in `Docs/diff-json.md`.
    case json
}

/// Choices for ``Redline/render(_:options:)``.
public struct RenderOptions: Sendable, Hashable {
    /// Use ANSI colours (terminal format only).
    public var color: Bool
    /// The page title (HTML formats).
    public var title: String
    /// Lines of context around each changed line.
    ///
    /// `nil` writes the whole text; the terminal format then uses 3.
    public var contextLines: Int?
    /// The total width of the text synopsis, in characters.
    public var width: Int

    public init(color: Bool = false, title: String = "Redline", contextLines: Int? = nil, width: Int = 120) {
        self.color = color
        self.title = title
        self.contextLines = contextLines
        self.width = width
    }
}

extension Redline {
    /// The redline written in `format`.
    public func render(_ format: RedlineFormat, options: RenderOptions = RenderOptions()) -> String {
        switch format {
        case .terminal: markedText(color: options.color, contextLines: options.contextLines ?? 3)
        case .word: markedText(color: false, contextLines: options.contextLines)
        case .html: html(title: options.title)
        case .synopsis: synopsisText(width: options.width)
        case .synopsisHTML: synopsisHTML(title: options.title)
        case .stat: statText()
        case .json: String(decoding: json(), as: UTF8.self)
        }
    }
}
