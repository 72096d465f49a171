import Dispatch
import Synchronization

/// A thread-safe cache that drops the least recently used entries past a total cost.
///
/// The cost is what the caller says an entry weighs (bytes of text, say); the cache keeps the
/// sum under ``capacity``, always keeping at least the newest entry.
final class LRUCache<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    private struct Entry {
        var value: Value
        var cost: Int
        var lastUse: UInt64
    }

    private struct State {
        var entries: [Key: Entry] = [:]
        var totalCost = 0
        var clock: UInt64 = 0
    }

    /// The largest total cost kept.
    let capacity: Int
    private let state = Mutex(State())

    init(capacity: Int) {
        self.capacity = capacity
    }

    /// The value for `key`, marking it as recently used.
    func value(for key: Key) -> Value? {
        state.withLock { state in
            guard var entry = state.entries[key] else { return nil }
            state.clock += 1
            entry.lastUse = state.clock
            state.entries[key] = entry
            return entry.value
        }
    }

    /// Stores a value, dropping the least recently used entries while over capacity.
    func insert(_ value: Value, for key: Key, cost: Int) {
        state.withLock { state in
            state.clock += 1
            if let old = state.entries.updateValue(Entry(value: value, cost: cost, lastUse: state.clock), forKey: key) {
                state.totalCost -= old.cost
            }
            state.totalCost += cost
            while state.totalCost > capacity, state.entries.count > 1,
                let oldest = state.entries.min(by: { $0.value.lastUse < $1.value.lastUse })
            {
                state.totalCost -= oldest.value.cost
                state.entries[oldest.key] = nil
            }
        }
    }

    /// The value for `key`, computed and stored when missing.
    ///
    /// One caller computes a missing key; callers asking for it meanwhile wait for that value
    /// instead of computing it again (a new comparison asked for by many readers at once is
    /// made once). If the computation fails, each waiting caller computes for itself.
    func value<Failure: Error>(
        for key: Key, cost: (Value) -> Int, compute: () throws(Failure) -> Value
    ) throws(Failure) -> Value {
        while true {
            if let cached = value(for: key) { return cached }
            let (flight, isMine) = inFlight.withLock { flights in
                if let running = flights[key] { return (running, false) }
                let flight = Flight()
                flights[key] = flight
                return (flight, true)
            }
            guard isMine else {
                flight.wait()
                continue
            }
            defer {
                inFlight.withLock { $0[key] = nil }
                flight.finish()
            }
            let value = try compute()
            insert(value, for: key, cost: cost(value))
            return value
        }
    }

    /// Keys being computed, each with the flight its waiting callers wait on.
    private let inFlight = Mutex<[Key: Flight]>([:])

    /// The number of entries.
    var count: Int { state.withLock { $0.entries.count } }
}

/// One computation of a missing key, which other callers wait for.
private final class Flight: Sendable {
    private let finished = Mutex(false)
    private let signal = DispatchSemaphore(value: 0)

    /// Blocks until ``finish()`` was called.
    func wait() {
        if finished.withLock({ $0 }) { return }
        signal.wait()
        signal.signal()  // pass the wake-up on to the next waiter
    }

    /// Wakes every caller waiting, now and later.
    func finish() {
        finished.withLock { $0 = true }
        signal.signal()
    }
}
