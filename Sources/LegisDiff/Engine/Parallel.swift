import Dispatch

/// Runs two independent pieces of work at once, one per core.
public enum Parallel {
    /// Below this many bytes of work, a second thread costs more than it saves: waking or
    /// creating a worker thread takes about a tenth of a millisecond on a small virtual machine,
    /// as long as all the work on a short law.
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
        let slots = PairSlots<A, B>()
        withoutActuallyEscaping(first) { first in
            withoutActuallyEscaping(second) { second in
                let work = Work(first: first, second: second)
                DispatchQueue.concurrentPerform(iterations: 2) { index in
                    if index == 0 { slots.first = work.first() } else { slots.second = work.second() }
                }
            }
        }
        guard let a = slots.first, let b = slots.second else { return (first(), second()) }
        return (a, b)
    }
}

/// The two closures handed to the threads.
///
/// `@unchecked Sendable` is safe here: each closure is called by exactly one iteration of
/// `concurrentPerform`, and neither touches state the other writes.
private struct Work<A, B>: @unchecked Sendable {
    let first: () -> A
    let second: () -> B
}

/// Two result slots, each written by one thread and read after both finished.
///
/// `@unchecked Sendable` is safe here: each slot is written by exactly one iteration of
/// `concurrentPerform`, and read only after `concurrentPerform` has returned, which orders the
/// writes before the reads.
private final class PairSlots<A, B>: @unchecked Sendable {
    var first: A?
    var second: B?
}
