/// The relative revision names: `latest` (the last revision of a document) and `latest-N` (N
/// revisions of the document before it).
///
/// They are plain words so that every common shell (bash, zsh, fish) passes them unquoted; the
/// older forms `HEAD` and `~N` are still accepted (`~N` must be quoted, as bash and zsh expand an
/// unquoted `~0` to the current folder).
public enum RevisionName {
    /// The name of the latest revision.
    public static let latest = "latest"

    /// How many revisions of the document back `name` goes (0 for the latest), or nil when it is
    /// not a relative name.
    public static func stepsBack(_ name: String) -> Int? {
        if name == latest || name == "HEAD" { return 0 }
        let digits: Substring
        if name.hasPrefix("latest-") {
            digits = name.dropFirst("latest-".count)
        } else if name.hasPrefix("~") {
            digits = name.dropFirst()
        } else {
            return nil
        }
        guard !digits.isEmpty, digits.count <= 9, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(digits)
    }

    /// The name `latest-N` (or `latest` for 0).
    public static func back(_ steps: Int) -> String { steps == 0 ? latest : "\(latest)-\(steps)" }
}
