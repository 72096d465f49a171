import Foundation
import LegisSignature
import LegisTracker

/// What the server remembers about members between requests, in memory: sessions, sign-in
/// challenges, endorsements waiting for a signature, and sign-in attempts.
///
/// A restart signs everyone out and drops pending challenges and endorsements; nothing in git
/// depends on it.
final class AuthState: Sendable {
    /// Sessions by cookie value.
    let sessions = ExpiringStore<Session>()
    /// Sign-in challenges issued and not yet used (the token is the challenge).
    let challenges = ExpiringStore<Bool>()
    /// Endorsements prepared for a member's browser to sign.
    let pendingEndorsements = ExpiringStore<PendingEndorsement>(capacity: 1_000)
    /// Sign-in attempts: at most 20 a minute for the whole server…
    let signInAttempts = RateLimiter(limit: 20, window: 60)
    /// …and at most 5 a minute per key (a key that keeps failing is held off).
    let signInFailures = RateLimiter(limit: 5, window: 60)

    /// How long a challenge may be answered: 2 minutes.
    static let challengeLifetime: TimeInterval = 120
    /// How long a prepared endorsement waits for its signature: 10 minutes.
    static let pendingLifetime: TimeInterval = 600
    /// The SSHSIG namespace of sign-in signatures. Endorsements are signed in the `git`
    /// namespace, so a sign-in signature can never pass as one, nor the reverse.
    static let signInNamespace = "legis-sign-in"
}

/// An endorsement prepared for a member, waiting for their browser's signature.
struct PendingEndorsement: Sendable {
    var email: String
    var prepared: PreparedEndorsement
}
