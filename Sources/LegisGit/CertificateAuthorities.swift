import CLibGit2

/// The certificate authorities HTTPS remotes are checked against.
///
/// By default, the system's (`/etc/ssl/certs/ca-certificates.crt` on Debian), read at the first
/// HTTPS connection. A working group whose git host has a certificate from its own authority (a
/// ministry's internal server, say) names that authority's file, as git users do with
/// `GIT_SSL_CAINFO` or `http.sslCAInfo`.
public enum CertificateAuthorities {
    /// Trusts the authorities in the PEM file at `path` instead of the system's, for every HTTPS
    /// connection this process makes from now on.
    public static func use(file path: String) throws(GitError) {
        LibGit2.ensureInitialized()
        _ = try check(legis_git_set_ssl_cert_file(path), "git_libgit2_opts(GIT_OPT_SET_SSL_CERT_LOCATIONS)")
    }
}
