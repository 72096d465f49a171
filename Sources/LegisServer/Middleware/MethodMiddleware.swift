import HTTPTypes
import Hummingbird

/// Answers 405 to every method other than GET and HEAD, before any route runs: the site is
/// read-only. ``ErrorPageMiddleware`` renders the page and adds the `Allow` header.
struct MethodMiddleware<Context: RequestContext>: RouterMiddleware {
    /// The methods every address answers, as the `Allow` header lists them.
    static var allowed: String { "GET, HEAD" }

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        guard request.method == .get || request.method == .head else {
            throw WebError(status: 405, message: "This address only answers GET and HEAD requests: the site is read-only.")
        }
        return try await next(request, context)
    }
}
