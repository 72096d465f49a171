import Glibc
import Synchronization

/// A closure run on one more thread (a POSIX thread, not a task of the cooperative pool, since
/// the work blocks on disk reads), with its result read once the thread has finished.
///
/// When no thread can be started, ``join()`` runs the closure on the calling thread, so the
/// result never depends on whether there was a second thread.
final class OtherThread<Result: Sendable>: Sendable {
    private let body: @Sendable () -> Result
    private let result = Mutex<Result?>(nil)
    private let thread = Mutex<pthread_t?>(nil)

    /// Starts `body` on a new thread.
    init(_ body: @escaping @Sendable () -> Result) {
        self.body = body
        let start = ThreadStart { [self] in
            let value = body()
            result.withLock { $0 = value }
        }
        let context = Unmanaged.passRetained(start).toOpaque()
        var started = pthread_t()
        let status = pthread_create(
            &started, nil,
            { (context) in
                guard let context else { return nil }
                Unmanaged<ThreadStart>.fromOpaque(context).takeRetainedValue().run()
                return nil
            }, context)
        if status == 0 {
            thread.withLock { $0 = started }
        } else {
            Unmanaged<ThreadStart>.fromOpaque(context).release()
        }
    }

    /// Waits for the thread to finish and returns what `body` returned.
    func join() -> Result {
        if let started = thread.withLock({ (thread) in
            defer { thread = nil }
            return thread
        }) {
            pthread_join(started, nil)
        }
        if let value = result.withLock({ $0 }) { return value }
        let value = body()  // No thread could be started (or it was joined before).
        result.withLock { $0 = value }
        return value
    }
}

/// What a new thread runs, handed to it through `pthread_create`'s context pointer (which a
/// generic class cannot be read back from).
private final class ThreadStart: Sendable {
    let run: @Sendable () -> Void

    init(_ run: @escaping @Sendable () -> Void) {
        self.run = run
    }
}
