import Glibc

/// Runs two independent pieces of work at once, one per core.
///
/// The second piece runs on a thread of its own, started for it and joined after it, not on
/// Dispatch's shared pool: a comparison that keeps the pool's few threads busy for seconds in
/// the server must not delay the work queued there meanwhile (the shutdown watchdog among it).
public enum Parallel {
    /// Below this many bytes of work, a second thread costs more than it saves: starting one
    /// takes about a tenth of a millisecond on a small virtual machine, as long as all the work
    /// on a short law.
    public static let minimumBytes = 96 << 10

    /// `both(first, second)` when the two pieces of work together cover at least
    /// ``minimumBytes`` bytes, else the two one after the other on the calling thread (the
    /// results are the same).
    public static func both<A, B>(bytes: Int, _ first: () -> A, _ second: () -> B) -> (A, B) {
        bytes < minimumBytes ? (first(), second()) : both(first, second)
    }

    /// The results of `first` and `second`, computed on two threads (the calling thread and one
    /// other); the results do not depend on the timing.
    public static func both<A, B>(_ first: () -> A, _ second: () -> B) -> (A, B) {
        withoutActuallyEscaping(second) { second in
            let slot = ResultSlot<B>()
            let runner = Runner { slot.value = second() }
            var thread = pthread_t()
            let started = pthread_create(
                &thread, nil,
                { context in
                    guard let context else { return nil }
                    Unmanaged<Runner>.fromOpaque(context).takeRetainedValue().run()
                    return nil
                }, Unmanaged.passRetained(runner).toOpaque())
            guard started == 0 else {
                // No thread to be had: both here, in order.
                Unmanaged.passUnretained(runner).release()
                return (first(), second())
            }
            let a = first()
            pthread_join(thread, nil)
            guard let b = slot.value else { return (a, second()) }
            return (a, b)
        }
    }
}

/// The work handed to the second thread.
private final class Runner {
    let run: () -> Void
    init(_ run: @escaping () -> Void) { self.run = run }
}

/// The second result, written by the second thread and read after it was joined.
///
/// `@unchecked Sendable` is safe here: it is written by one thread only, and read only after
/// `pthread_join` has returned, which orders the write before the read.
private final class ResultSlot<B>: @unchecked Sendable {
    var value: B?
}
