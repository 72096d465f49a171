import LegisGit

extension SyncAccess {
    /// The error to report when talking to the remote failed: authentication, trust of the host,
    /// the network, or anything else, each with what to do.
    func describe(_ error: GitError, remote: String, doing action: String) -> LegisError {
        let message = error.message.trimmingTrailingPunctuation
        if error.code == .authentication {
            return LegisError(.repository, "Authentication to '\(remote)' failed: \(message).")
        }
        if error.code == .certificate {
            if address.transport == .http {
                return LegisError(
                    .repository,
                    "'\(remote)' is not trusted: its TLS certificate is not valid for \(address.host) or not signed by an authority this machine trusts (\(message)). Install the authority's certificate in the system's store or name its file in GIT_SSL_CAINFO (or git config http.sslCAInfo), or use the host's proper address.")
            }
            return LegisError(.repository, "'\(remote)' is not trusted: \(message).")
        }
        let lowered = message.lowercased()
        let network = [
            "failed to connect", "connection refused", "could not resolve", "failed to resolve", "timed out",
            "connection reset", "failed to start ssh session", "network is unreachable", "no route to host",
            "failed to send request", "failed to receive", "broken pipe", "unexpected eof", "early eof",
        ]
        if network.contains(where: lowered.contains) {
            return LegisError(
                .repository,
                "Cannot reach '\(remote)': \(message). Check the address, that the host is up and that the network lets you through.")
        }
        if lowered.contains("status code: 404") || lowered.contains("does not appear to be a git repository")
            || lowered.contains("repository not found") || lowered.contains("not found")
        {
            return LegisError(
                .repository, "'\(remote)' has no git repository at that address (\(message)): check the URL.")
        }
        return LegisError(.repository, "\(action) '\(remote)' failed: \(message).")
    }
}

extension String {
    fileprivate var trimmingTrailingPunctuation: String {
        var result = self
        while let last = result.last, last == "." || last == "\n" || last == " " { result.removeLast() }
        return result
    }
}
