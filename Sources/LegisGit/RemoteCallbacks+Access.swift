import CLibGit2

extension RemoteCallbacks {
    /// Installs the credential and certificate callbacks of `access` into `callbacks`.
    func install(_ access: RemoteAccess, into callbacks: inout git_remote_callbacks) {
        self.access = access
        callbacks.credentials = { out, url, username, allowed, payload in
            guard let out, let payload else { return GIT_PASSTHROUGH.rawValue }
            let box = Unmanaged<RemoteCallbacks>.fromOpaque(payload).takeUnretainedValue()
            guard let access = box.access else { return GIT_PASSTHROUGH.rawValue }
            let request = CredentialRequest(
                url: url.map { String(cString: $0) } ?? "", username: username.map { String(cString: $0) },
                allowed: CredentialRequest.Kinds(rawValue: allowed), attempt: box.credentialAttempts)
            box.credentialAttempts += 1
            guard let credential = access.credentials(request) else {
                box.failure = access.failure() ?? "no credentials accepted by \(request.url)"
                return GitError.Code.authentication.rawValue
            }
            return RemoteCallbacks.make(credential, into: out)
        }
        callbacks.certificate_check = { cert, valid, host, payload in
            guard let cert, let payload else { return GIT_PASSTHROUGH.rawValue }
            let box = Unmanaged<RemoteCallbacks>.fromOpaque(payload).takeUnretainedValue()
            guard let access = box.access, cert.pointee.cert_type == GIT_CERT_HOSTKEY_LIBSSH2 else {
                // TLS certificates: libgit2's own verification against the system's authorities.
                return GIT_PASSTHROUGH.rawValue
            }
            let hostkey = UnsafeRawPointer(cert).assumingMemoryBound(to: git_cert_hostkey.self).pointee
            guard hostkey.type.rawValue & GIT_CERT_SSH_RAW.rawValue != 0, let raw = hostkey.hostkey else {
                box.failure = "the SSH host did not show its key in a form that can be checked"
                return GitError.Code.certificate.rawValue
            }
            let key = HostKey(
                host: host.map { String(cString: $0) } ?? "", type: RemoteCallbacks.keyType(hostkey.raw_type),
                key: Array(UnsafeRawBufferPointer(start: raw, count: hostkey.hostkey_len)))
            switch access.hostKey(key) {
            case .trusted:
                return 0
            case .rejected(let reason):
                box.failure = reason
                return GitError.Code.certificate.rawValue
            }
        }
    }

    /// Makes the libgit2 credential for `credential`.
    static func make(_ credential: Credential, into out: UnsafeMutablePointer<UnsafeMutablePointer<git_credential>?>) -> Int32 {
        switch credential {
        case .sshAgent(let user):
            return git_credential_ssh_key_from_agent(out, user)
        case .sshKeyFile(let user, let privateKey, let publicKey, let passphrase):
            return git_credential_ssh_key_new(out, user, publicKey, privateKey, passphrase)
        case .userPassword(let user, let password):
            return git_credential_userpass_plaintext_new(out, user, password)
        case .username(let user):
            return git_credential_username_new(out, user)
        }
    }

    static func keyType(_ type: git_cert_ssh_raw_type_t) -> String? {
        switch type {
        case GIT_CERT_SSH_RAW_TYPE_RSA: "ssh-rsa"
        case GIT_CERT_SSH_RAW_TYPE_DSS: "ssh-dss"
        case GIT_CERT_SSH_RAW_TYPE_KEY_ECDSA_256: "ecdsa-sha2-nistp256"
        case GIT_CERT_SSH_RAW_TYPE_KEY_ECDSA_384: "ecdsa-sha2-nistp384"
        case GIT_CERT_SSH_RAW_TYPE_KEY_ECDSA_521: "ecdsa-sha2-nistp521"
        case GIT_CERT_SSH_RAW_TYPE_KEY_ED25519: "ssh-ed25519"
        default: nil
        }
    }
}
