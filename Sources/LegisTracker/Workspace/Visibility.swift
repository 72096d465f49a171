/// Who may read a workspace in the web interface (`visibility:` in `legis.yml`).
public enum Visibility: String, Sendable, Hashable {
    /// Anyone who reaches the server may read; only members act.
    case `public`
    /// Only signed-in members may read.
    case members

    /// Reads the value of `visibility:`.
    init(parsing text: String?) throws(LegisError) {
        guard let text, let value = Visibility(rawValue: text) else {
            throw LegisError(.invalidInput, "legis.yml: 'visibility' must be 'members' or 'public', not '\(text ?? "")'.")
        }
        self = value
    }
}
