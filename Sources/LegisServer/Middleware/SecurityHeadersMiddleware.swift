import HTTPTypes
import Hummingbird

/// Adds the security headers to every response: a content security policy that allows only this
/// site's own stylesheet and no script, no MIME sniffing, and no referrer.
struct SecurityHeadersMiddleware<Context: RequestContext>: RouterMiddleware {
    /// The policy: resources from this site only, styles from the stylesheet only, scripts from
    /// this site's own files only (no inline script).
    static var contentSecurityPolicy: String {
        "default-src 'self'; style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    }

    private let referrerPolicy = HTTPField.Name("Referrer-Policy")

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        var response = try await next(request, context)
        response.headers[.contentSecurityPolicy] = Self.contentSecurityPolicy
        response.headers[.xContentTypeOptions] = "nosniff"
        if let referrerPolicy { response.headers[referrerPolicy] = "no-referrer" }
        return response
    }
}
