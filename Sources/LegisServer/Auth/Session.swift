import Foundation

/// A signed-in member: who, with which key, and the token their forms must carry.
struct Session: Sendable, Hashable {
    /// The member's e-mail.
    var email: String
    /// The key that signed the challenge (`ssh-ed25519 BASE64`).
    var keyIdentity: String
    /// The anti-forgery token of this session's forms.
    var csrf: String

    /// How long a session lasts: 12 hours.
    static let lifetime: TimeInterval = 12 * 3600
    /// The name of the session cookie.
    static let cookieName = "legis_session"
}
