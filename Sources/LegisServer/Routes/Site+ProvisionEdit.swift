import Foundation
import LegisDocument
import LegisGit
import LegisTracker

extension Site {
    /// The provision at `path` (`art-3`, `art-3/par-2`) in `document`, or 404.
    static func provision(_ path: String, in document: Document, id: DocumentID) throws(WebError) -> Provision {
        guard !path.isEmpty, let provision = document.provision(at: ProvisionPath(path)) else {
            throw WebError.notFound(
                "'\(id)' has no provision '\(path)' in this revision: edit the whole text, or choose a provision from the list on the edit page."
            )
        }
        return provision
    }

    /// The provision a form edits, if it edits only one (the `provision` field).
    static func provisionField(_ form: FormData) -> String? {
        guard let path = form["provision"], !path.isEmpty else { return nil }
        return path
    }

    /// The whole text a form means: its text, or, when it edits one provision, the text of the
    /// revision it started from with that provision (and what it contains) replaced by its text.
    func wholeText(_ form: FormData, _ workspace: Workspace, _ id: DocumentID, base: ObjectID) throws -> String {
        let text = form.text("text") ?? ""
        guard let path = Self.provisionField(form) else { return text }
        let document = try cache.document(try Self.revision(workspace, id, base.hex), in: workspace)
        return Self.splice(document.source, try Self.provision(path, in: document, id: id).range, text)
    }

    /// `source` with the bytes of `range` replaced by `text`; the line ends after the provision
    /// stay as they were, so the next provision keeps its own line.
    static func splice(_ source: String, _ range: Range<Int>, _ text: String) -> String {
        let bytes = Array(source.utf8)
        let newline = UInt8(ascii: "\n")
        let trailing = bytes[range].reversed().prefix { $0 == newline }.count
        var replacement = Array(text.utf8)
        while replacement.last == newline { replacement.removeLast() }
        replacement += Array(repeating: newline, count: trailing)
        return String(decoding: bytes[..<range.lowerBound] + replacement + bytes[range.upperBound...], as: UTF8.self)
    }
}
