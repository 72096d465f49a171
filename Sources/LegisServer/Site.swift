import LegisTracker

/// What every request handler shares: where the workspace is, the caches and the templates.
///
/// A ``Workspace`` holds a libgit2 repository that must not be shared between threads, so each
/// worker thread keeps its own (``WorkspaceHandles``) and a request uses that of its thread.
struct Site: Sendable {
    let workspacePath: String
    let cache: WebCache
    let pages: PageRenderer
    /// Sessions, challenges and pending endorsements of members.
    let auth = AuthState()
    /// Whether the site is served over TLS (session cookies are then `Secure`).
    var secureCookies = false

    init(workspacePath: String) throws(TemplateError) {
        self.workspacePath = workspacePath
        cache = WebCache()
        pages = try PageRenderer()
    }

    /// Runs `body` with this thread's workspace; `body` is synchronous, so the workspace stays
    /// with one thread while it is used.
    func withWorkspace<T>(_ body: (Workspace) throws(LegisError) -> T) throws(LegisError) -> T {
        let workspace = try WorkspaceHandles.current(at: workspacePath)
        return try body(workspace)
    }

    /// Reads the document id from an encoded path segment (`laws%2Fpenal-code`) and validates it.
    static func documentID(_ segment: String?) throws(WebError) -> DocumentID {
        guard let segment, let decoded = URLPath.decode(segment) else {
            throw WebError.badRequest("The document id in the address is not valid percent-encoded UTF-8.")
        }
        do {
            return try DocumentID(decoded)
        } catch {
            throw WebError.badRequest(error.message)
        }
    }

    /// Checks a revision name from a query; empty means absent.
    ///
    /// A draft name, a commit id or prefix, `latest`, `latest-N` (or `HEAD`, `~N`): letters, digits and `.`, `_`, `-`, `~`,
    /// `^` only, at most 200 bytes.
    static func revisionName(_ value: String?, parameter: String) throws(WebError) -> String? {
        guard let value, !value.isEmpty else { return nil }
        let allowed =
            value.utf8.count <= 200
            && value.unicodeScalars.allSatisfy { scalar in
                scalar.isASCII
                    && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
                        || "._-~^".unicodeScalars.contains(scalar))
            }
        guard allowed else {
            throw WebError.badRequest(
                "The revision in '\(parameter)' is not valid: name a draft, a commit id, latest or latest-N.")
        }
        return value
    }

    /// Resolves a revision asked for in a request: unknown or unreadable revisions are not found.
    static func revision(_ workspace: Workspace, _ id: DocumentID, _ name: String?) throws(LegisError) -> Revision {
        do {
            return try workspace.revision(of: id, name)
        } catch {
            if error.kind == .repository || error.kind == .usage {
                throw LegisError(
                    .notFound, "This document has no revision '\(name ?? "latest")': choose a draft or a revision from its history."
                )
            }
            throw error
        }
    }
}
