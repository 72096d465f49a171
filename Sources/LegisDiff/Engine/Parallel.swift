import Glibc
import Synchronization

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

extension Parallel {
    /// `work(0)`, …, `work(count - 1)`, in that order, computed on two threads that each take
    /// the next index not yet taken: pieces whose cost is hard to foresee keep both threads busy
    /// to the end, where two fixed halves leave one waiting for the other. The results do not
    /// depend on the timing.
    public static func each<T>(_ count: Int, _ work: (Int) -> T) -> [T] {
        guard count > 1 else { return (0..<count).map(work) }
        let next = NextIndex()
        // Indices and results in two arrays, not as tuples: a tuple type's metadata is made at
        // run time on first use.
        func take() -> (indices: [Int], results: [T]) {
            var indices: [Int] = []
            var results: [T] = []
            while let index = next.take(below: count) {
                indices.append(index)
                results.append(work(index))
            }
            return (indices, results)
        }
        let (first, second) = both(take, take)
        var order = [Int](repeating: 0, count: count)
        for (position, index) in first.indices.enumerated() { order[index] = position }
        for (position, index) in second.indices.enumerated() { order[index] = first.indices.count + position }
        return (0..<count).map { index in
            let position = order[index]
            return position < first.indices.count
                ? first.results[position] : second.results[position - first.indices.count]
        }
    }
}

/// The next index to take, shared by the two threads of ``Parallel/each(_:_:)``.
private final class NextIndex: Sendable {
    private let value = Atomic<Int>(0)

    /// An index not taken before, or nil once all `count` are taken.
    func take(below count: Int) -> Int? {
        let index = value.wrappingAdd(1, ordering: .relaxed).oldValue
        return index < count ? index : nil
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
