import Hummingbird

/// Runs the rest of the chain (the route handlers, with the caches they check first) on the
/// ``BlockingWorkExecutor``'s threads.
struct BlockingWorkMiddleware<Context: RequestContext>: RouterMiddleware {
    let executor: BlockingWorkExecutor

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        try await withTaskExecutorPreference(executor) {
            try await next(request, context)
        }
    }
}
