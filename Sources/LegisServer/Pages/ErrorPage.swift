/// The page shown for an error: a heading and one sentence, nothing internal.
struct ErrorPage: Sendable {
    var heading: String
    var message: String
}

/// The body of an API error: `{"error": "..."}`.
struct ErrorBody: Sendable, Encodable {
    var error: String
}
