import NIOCore
import NIOPosix

/// Runs request handlers on a dedicated pool of threads, off Swift's cooperative pool.
///
/// Handlers read git through libgit2, parse and diff: synchronous work that would otherwise hold
/// one of the few cooperative threads (one per core) for its whole duration, so that on a small
/// machine two slow comparisons stall every other request, and the cache's waits for a
/// comparison another request is making block the pool too. As a task executor (set for each
/// request by ``BlockingWorkMiddleware``) this pool runs the handler's code instead, as
/// Hummingbird's file I/O does with `NIOThreadPool`: the event loops and the cooperative pool
/// stay free to accept connections, read requests and write responses.
final class BlockingWorkExecutor: TaskExecutor {
    private let pool: NIOThreadPool

    /// The one pool of the process, started on first use: two threads per core, at least four
    /// (the work partly waits on files). Its threads live as long as the process, like NIO's own
    /// singletons, so routers made and dropped (as the tests do) share it.
    static let shared = BlockingWorkExecutor(threads: max(4, 2 * System.coreCount))

    /// Starts a pool of `threads` threads.
    private init(threads: Int) {
        pool = NIOThreadPool(numberOfThreads: max(1, threads))
        pool.start()
    }

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        let executor = asUnownedTaskExecutor()
        // Run the job whatever the pool's state: a job dropped would leave its task hanging.
        pool.submit { _ in job.runSynchronously(on: executor) }
    }
}
