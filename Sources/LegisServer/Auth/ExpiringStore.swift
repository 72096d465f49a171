import Foundation
import Synchronization

/// Values kept in memory under random tokens until they expire: sessions, sign-in challenges,
/// endorsements waiting for their signature.
///
/// ``take(_:)`` removes what it returns, so a token used once cannot be used again.
final class ExpiringStore<Value: Sendable>: Sendable {
    private struct Entry: Sendable {
        var value: Value
        var expires: Date
    }

    private let entries = Mutex<[String: Entry]>([:])
    /// How many entries are kept at most; the oldest expiring go first past it.
    private let capacity: Int

    init(capacity: Int = 10_000) { self.capacity = capacity }

    /// Stores `value` for `lifetime` seconds under a new random token, which is returned.
    func insert(_ value: Value, lifetime: TimeInterval, now: Date = Date()) -> String {
        let token = Token.random()
        entries.withLock { entries in
            entries = entries.filter { $0.value.expires > now }
            if entries.count >= capacity, let oldest = entries.min(by: { $0.value.expires < $1.value.expires }) {
                entries[oldest.key] = nil
            }
            entries[token] = Entry(value: value, expires: now.addingTimeInterval(lifetime))
        }
        return token
    }

    /// The value under `token` if it has not expired, left in place.
    func value(_ token: String, now: Date = Date()) -> Value? {
        entries.withLock { entries in
            guard let entry = entries[token] else { return nil }
            guard entry.expires > now else {
                entries[token] = nil
                return nil
            }
            return entry.value
        }
    }

    /// The value under `token` if it has not expired, removed: a second call finds nothing.
    func take(_ token: String, now: Date = Date()) -> Value? {
        entries.withLock { entries in
            guard let entry = entries.removeValue(forKey: token), entry.expires > now else { return nil }
            return entry.value
        }
    }

    /// Forgets `token`.
    func remove(_ token: String) {
        _ = entries.withLock { $0.removeValue(forKey: token) }
    }
}
