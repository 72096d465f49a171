import HTTPTypes
import Hummingbird
import LegisTracker
import Logging

/// Turns every error into an error page, or into `{"error": ...}` under `/api/`.
///
/// Unknown things give 404, bad parameters 400. A 500 shows a generic message; the error itself
/// goes to the log only.
struct ErrorPageMiddleware<Context: RequestContext>: RouterMiddleware {
    let pages: PageRenderer

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as WebError {
            return respond(error, to: request)
        } catch let error as LegisError {
            let web = WebError(error)
            if web.status == 500 {
                context.logger.error("\(request.method.rawValue) \(request.uri.path): \(error.message)")
            }
            return respond(web, to: request)
        } catch let error as any HTTPResponseError {
            switch error.status {
            case .notFound:
                return respond(.notFound("There is no page at this address."), to: request)
            case .methodNotAllowed:
                return respond(WebError(status: 405, message: "This address only answers GET and HEAD requests: the site is read-only."), to: request)
            case let status where (400..<500).contains(status.code):
                return respond(WebError(status: status.code, message: "The request is not valid."), to: request)
            default:
                context.logger.error("\(request.method.rawValue) \(request.uri.path): \(error)")
                return respond(.internalError, to: request)
            }
        } catch {
            context.logger.error("\(request.method.rawValue) \(request.uri.path): \(error)")
            return respond(.internalError, to: request)
        }
    }

    private func respond(_ error: WebError, to request: Request) -> Response {
        let status = HTTPResponse.Status(code: error.status)
        var response: Response
        if request.uri.path.hasPrefix("/api/") || request.uri.path == "/api" {
            response = Reply.json(ErrorBody(error: error.message), status: status)
        } else {
            response = Reply.html(
                pages.render("error", ErrorPage(heading: error.heading, message: error.message)), status: status)
        }
        if error.status == 405, let allow = HTTPField.Name("Allow") {
            response.headers[allow] = MethodMiddleware<Context>.allowed
        }
        return response
    }
}
