import Dispatch
import Foundation
#if canImport(Glibc)
    import Glibc
#endif

/// Ends the process a fixed time after SIGTERM or SIGINT, whatever is still running.
///
/// The service group stops the server gracefully on those signals; this is the bound behind it.
/// Work running synchronously on a worker thread (a long comparison, a slow disk) cannot be
/// cancelled, and the server's tasks wait for it; past `limit` the process exits with status 0
/// and says so on standard error. Signal sources from Dispatch coexist with the service
/// group's own, so both see each signal.
///
/// The signal and the timer are handled on the main queue, which the main thread serves
/// (`legis serve` parks it in `dispatchMain()`), not on a queue of Dispatch's worker pool: while
/// comparisons keep every worker of the pool busy, work queued there waits for them, and the
/// bound would be as long as the longest comparison.
final class ShutdownWatchdog {
    private let sources: [any DispatchSourceSignal]

    init(limit: Duration) {
        let queue = DispatchQueue.main
        sources = [SIGTERM, SIGINT].map { signalNumber in
            signal(signalNumber, SIG_IGN)  // Delivered to the sources only, as the service group does.
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: queue)
            source.setEventHandler {
                let milliseconds = Int(limit / .milliseconds(1))
                queue.asyncAfter(deadline: .now() + .milliseconds(milliseconds)) {
                    FileHandle.standardError.write(
                        Data("legis serve: a request was still running \(milliseconds) ms after the stop signal; exiting.\n".utf8))
                    // `_exit`, not `exit`: the exit handlers (libgit2's shutdown among them) would wait
                    // for the very work that is still running on a worker thread.
                    _exit(0)
                }
            }
            source.resume()
            return source
        }
    }

    deinit {
        for source in sources { source.cancel() }
    }
}
