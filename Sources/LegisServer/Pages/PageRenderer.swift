import LegisTemplates
import Mustache

/// The Mustache templates of the web interface, parsed once.
///
/// Page templates extend `layout` through Mustache template inheritance. Every `{{value}}` is
/// HTML-escaped (quotes included); the only unescaped values (`{{{...}}}`) are fragments built
/// by ``HTMLWriter``.
struct PageRenderer: Sendable {
    private let library: MustacheLibrary

    /// Parses the built-in templates; fails only if a template shipped with Legis is malformed.
    init() throws(TemplateError) {
        var library = MustacheLibrary()
        for (name, text) in BuiltInTemplates.web.merging(BuiltInTemplates.memberWeb, uniquingKeysWith: { old, _ in old }) {
            do {
                try library.register(text, named: name)
            } catch {
                throw TemplateError(name: name, reason: "\(error)")
            }
        }
        self.library = library
    }

    /// Renders the page template `name` with `model`.
    func render(_ name: String, _ model: Any) -> String {
        library.render(model, withTemplate: name) ?? ""
    }
}

/// A built-in web template that does not parse.
struct TemplateError: Error, Sendable, CustomStringConvertible {
    var name: String
    var reason: String

    var description: String {
        "The built-in web template '\(name).mustache' does not parse: \(reason). Fix Templates/web/\(name).mustache."
    }
}
