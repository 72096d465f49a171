import Foundation
import LegisTracker

/// A failure shown to the client as an error page (HTML) or an `{"error": ...}` body (API).
///
/// Only the status and the message are shown; both are written for the reader of the page and
/// never carry a stack trace or an internal detail.
struct WebError: Error, Sendable {
    /// The HTTP status code: 400, 404, 405, 422 (a stored document breaks the rules) or 500.
    var status: Int
    /// One sentence saying what went wrong and what to do.
    var message: String

    static func badRequest(_ message: String) -> WebError { WebError(status: 400, message: message) }
    static func notFound(_ message: String) -> WebError { WebError(status: 404, message: message) }

    /// The generic failure shown for an unexpected error, whose details go to the log only.
    static let internalError = WebError(
        status: 500, message: "Something went wrong on the server while preparing this page. The error was logged.")

    /// Maps a tracker error: unknown things give 404, bad input 400, anything else a generic 500.
    init(_ error: LegisError) {
        switch error.kind {
        case .notFound: self = .notFound(Self.forReader(error.message, hint: "The home page lists every document."))
        case .usage, .invalidInput: self = .badRequest(Self.forReader(error.message, hint: nil))
        case .unreadableDocument: self = WebError(status: 422, message: error.message)
        case .conflict, .repository, .io, .verification: self = .internalError
        }
    }

    init(status: Int, message: String) {
        self.status = status
        self.message = message
    }

    /// A tracker message for someone reading in a browser: advice about commands (`'legis …'`) is
    /// dropped and, when given, `hint` says where to go instead.
    static func forReader(_ message: String, hint: String?) -> String {
        guard let command = message.range(of: "'legis ") ?? message.range(of: "legis ") else { return message }
        var kept = String(message[..<command.lowerBound])
        while let last = kept.last, " :;,(".contains(last) { kept.removeLast() }
        for lead in [" with", " run", " see", " use", " or"] where kept.lowercased().hasSuffix(lead) {
            kept.removeLast(lead.count)
            while let last = kept.last, " :;,(".contains(last) { kept.removeLast() }
        }
        guard !kept.isEmpty else { return hint ?? message }
        if !kept.hasSuffix(".") { kept += "." }
        return hint.map { kept + " " + $0 } ?? kept
    }

    /// The page heading for this status.
    var heading: String {
        switch status {
        case 403: "Forbidden"
        case 404: "Not found"
        case 409: "Conflict"
        case 429: "Too many attempts"
        case 405: "Method not allowed"
        case 422: "This document cannot be shown"
        case 400..<500: "Bad request"
        default: "Server error"
        }
    }
}
