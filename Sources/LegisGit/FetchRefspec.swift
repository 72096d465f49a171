/// A fetch refspec split into its parts: `[+]source[:destination]`.
struct FetchRefspec {
    /// Whether the refspec starts with `+` (overwrite even when not a fast-forward).
    var force: Bool
    /// The remote side, such as `refs/heads/*`.
    var source: String
    /// The local side, such as `refs/remotes/origin/*`; `nil` when the refspec has none.
    var destination: String?

    init(_ text: String) {
        force = text.hasPrefix("+")
        let body = force ? String(text.dropFirst()) : text
        if let colon = body.firstIndex(of: ":") {
            source = String(body[..<colon])
            let rest = String(body[body.index(after: colon)...])
            destination = rest.isEmpty ? nil : rest
        } else {
            source = body
            destination = nil
        }
    }
}
