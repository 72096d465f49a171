/// The sign-in page: a fresh challenge for the browser's key to sign.
struct SignInPage: Sendable {
    var challenge: String
    var namespace: String
    var problem: String?
}
