import HTTPTypes
import Hummingbird
import LegisTracker

/// In a workspace with `visibility: members`, lets only signed-in members read: everyone else
/// is sent to the sign-in page (pages) or refused with 403 (API). The sign-in and enrolment
/// pages, the stylesheet and the script stay open, and so do POSTs, which check on their own.
struct VisibilityMiddleware<Context: RequestContext>: RouterMiddleware {
    let site: Site
    let visibility: Visibility

    static var openPaths: Set<String> { ["/signin", "/enrol", "/style.css", "/legis.js"] }

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        guard visibility == .members, request.method != .post, !Self.openPaths.contains(request.uri.path) else {
            return try await next(request, context)
        }
        let workspace = try Workspace.open(at: site.workspacePath)
        guard try site.signedIn(request, workspace) != nil else {
            if request.uri.path.hasPrefix("/api/") { throw WebError.forbidden("This workspace is for its members: sign in first.") }
            return Reply.redirect("/signin")
        }
        return try await next(request, context)
    }
}
