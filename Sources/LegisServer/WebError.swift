import LegisTracker

/// A failure shown to the client as an error page (HTML) or an `{"error": ...}` body (API).
///
/// Only the status and the message are shown; both are written for the reader of the page and
/// never carry a stack trace or an internal detail.
struct WebError: Error, Sendable {
    /// The HTTP status code: 400, 404, 405 or 500.
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
        case .notFound: self = .notFound(error.message)
        case .usage, .invalidInput: self = .badRequest(error.message)
        case .conflict, .repository, .io, .verification: self = .internalError
        }
    }

    init(status: Int, message: String) {
        self.status = status
        self.message = message
    }

    /// The page heading for this status.
    var heading: String {
        switch status {
        case 403: "Forbidden"
        case 404: "Not found"
        case 409: "Conflict"
        case 429: "Too many attempts"
        case 405: "Method not allowed"
        case 400..<500: "Bad request"
        default: "Server error"
        }
    }
}
