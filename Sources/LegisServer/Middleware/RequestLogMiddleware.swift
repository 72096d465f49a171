import Foundation
import HTTPTypes
import Hummingbird
import Logging

/// Logs one line per request: method, path, status and duration in milliseconds.
struct RequestLogMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        let start = ContinuousClock.now
        do {
            let response = try await next(request, context)
            log(request, status: response.status.code, since: start, logger: context.logger)
            return response
        } catch {
            log(
                request, status: (error as? any HTTPResponseError)?.status.code ?? 500, since: start,
                logger: context.logger)
            throw error
        }
    }

    private func log(_ request: Request, status: Int, since start: ContinuousClock.Instant, logger: Logger) {
        let elapsed = ContinuousClock.now - start
        let milliseconds = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
        let path = String(request.uri.path.prefix(300))
        logger.info("\(request.method.rawValue) \(path) \(status) \(String(format: "%.1f", milliseconds))ms")
    }
}
