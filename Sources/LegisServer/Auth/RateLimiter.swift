import Foundation
import Synchronization

/// Counts attempts per key in a sliding window and refuses past a limit.
final class RateLimiter: Sendable {
    private let attempts = Mutex<[String: [Date]]>([:])
    let limit: Int
    let window: TimeInterval

    init(limit: Int, window: TimeInterval) {
        self.limit = limit
        self.window = window
    }

    /// Records an attempt for `key`; false when `limit` attempts were made within `window` already.
    func allow(_ key: String, now: Date = Date()) -> Bool {
        attempts.withLock { attempts in
            if attempts.count > 10_000 { attempts = attempts.filter { $0.value.contains { now.timeIntervalSince($0) < window } } }
            let recent = (attempts[key] ?? []).filter { now.timeIntervalSince($0) < window }
            guard recent.count < limit else {
                attempts[key] = recent
                return false
            }
            attempts[key] = recent + [now]
            return true
        }
    }
}
