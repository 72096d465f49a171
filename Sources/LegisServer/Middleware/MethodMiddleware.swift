import HTTPTypes
import Hummingbird

/// Answers 405 to every method other than GET and HEAD before any route runs, except POST on the
/// members' routes (sign-in, sign-out, invitation, enrolment, editing, endorsing, tabling and
/// deciding amendments), which check the member's session, role, form token and origin
/// themselves. ``ErrorPageMiddleware`` renders the page and adds the `Allow` header.
struct MethodMiddleware<Context: RequestContext>: RouterMiddleware {
    /// The methods every address answers, as the `Allow` header lists them.
    static var allowed: String { "GET, HEAD" }

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        guard request.method == .get || request.method == .head
            || (request.method == .post && Self.takesPost(request.uri.path))
        else {
            throw WebError(
                status: 405,
                message: "This address only answers GET and HEAD requests: pages are changed only through the members' forms.")
        }
        return try await next(request, context)
    }

    /// Whether `path` is one of the members' routes that take a form (see `Site+MemberRoutes.swift` and
    /// `Site+AmendmentRoutes.swift`).
    static func takesPost(_ path: String) -> Bool {
        if ["/signin", "/signout", "/invite", "/enrol"].contains(path) { return true }
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count >= 4, parts[0].isEmpty, parts[1] == "documents", !parts[2].isEmpty else { return false }
        let rest = parts[3...].joined(separator: "/")
        if ["edit", "endorse", "endorse/sign", "amendments/new"].contains(rest) { return true }
        // A decision on an amendment: amendments/N/adopt or amendments/N/decide.
        return parts.count == 6 && parts[3] == "amendments" && !parts[4].isEmpty
            && parts[4].allSatisfy { ("0"..."9").contains($0) } && (parts[5] == "adopt" || parts[5] == "decide")
    }
}
