import Foundation
import LegisAmendments
import LegisDocument
import LegisTracker

/// Reads amending instructions and carries them out, turning their errors into ``LegisError``.
enum InstructionInput {
    /// The text of an instructions file.
    static func read(_ file: String) throws -> String {
        do {
            return String(decoding: try FileBytes.contents(of: file), as: UTF8.self)
        } catch {
            throw LegisError(.io, "\(file): \(error.message)")
        }
    }

    /// `text` with the instructions carried out (the language of the document's profile by default).
    static func apply(_ instructions: String, to text: String, language: String?) throws(LegisError) -> String {
        let document: Document
        do {
            document = try Document.parse(text, language: nil)
        } catch {
            throw LegisError(.invalidInput, "\(error)")
        }
        do {
            return try AmendingInstructions.apply(instructions, to: document, language: language ?? document.language)
        } catch {
            throw LegisError(.invalidInput, "instructions, \(error)")
        }
    }
}
