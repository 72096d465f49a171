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
    /// Two tasks missing the same key at once may both compute it; the values are equal.
    func value<Failure: Error>(
        for key: Key, cost: (Value) -> Int, compute: () throws(Failure) -> Value
    ) throws(Failure) -> Value {
        if let cached = value(for: key) { return cached }
        let value = try compute()
        insert(value, for: key, cost: cost(value))
        return value
    }

    /// The number of entries.
    var count: Int { state.withLock { $0.entries.count } }
}
