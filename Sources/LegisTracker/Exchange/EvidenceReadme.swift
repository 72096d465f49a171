import Foundation

/// The README of an evidence package and the verification script it shows, built from the
/// package's manifest.
enum EvidenceReadme {
    /// The README: what the package holds and the commands that verify it offline.
    static func text(_ manifest: EvidenceManifest) -> String {
        let endorsements = manifest.endorsements.filter { !$0.revocation }
        let list =
            endorsements.isEmpty
            ? "(none: this revision has no endorsement)"
            : endorsements.map { "- `\($0.ref)` by `\($0.stakeholder)` (\($0.status) when packed)" }.joined(
                separator: "\n")
        return """
            # Evidence package: \(manifest.document) at \(manifest.commit)

            This package proves which text was endorsed, by whom, and that nobody altered it. It can be
            checked offline with nothing but `git` and `ssh-keygen` (OpenSSH 8.2 or later); no Legis is
            needed.

            | file | what it is |
            |---|---|
            | `text.md` | the text of `\(manifest.path)` at commit `\(manifest.commit)` (SHA-256 `\(manifest.textSHA256)`) |
            | `endorsements/*.tag` | each endorsement of that revision: the SSH-signed git tag object, byte for byte |
            | `allowed_signers` | the stakeholders' public keys, in the format of `ssh-keygen -Y verify` and git |
            | `registry/*.yml` | the stakeholder registry as it stood at commit `\(manifest.registryCommit)` |
            | `repository.bundle` | a git bundle with the commits, the endorsement refs and every object they need |
            | `verification.txt` | what Legis found when it made the package |
            | `manifest.json` | the list of the above, with SHA-256 sums |
            | `verify.sh` | the commands below, as a script |

            Endorsements of this revision:

            \(list)

            ## Verify it

            In the folder where the package was unzipped, run these commands (or `sh verify.sh`).
            Each one stops the script with an error if its check fails; the last line says
            `All checks passed.` when every check holds.

            ```sh
            \(script(manifest))```

            What the commands check:

            1. `git bundle verify` and `git fetch`: the bundle is a complete, well-formed git history
               (git checks every object's hash).
            2. `cmp` and `sha256sum`: `text.md` is exactly the document at the endorsed commit, and its
               SHA-256 is the one every endorsement signed (`Text-SHA256:` in the signed message).
            3. For each endorsement: the tag file is the object in the repository, it points at a
               commit whose text is `text.md`, `git verify-tag` accepts its signature with `allowed_signers`, and
               `ssh-keygen -Y verify` accepts it too, checked on the date it was signed.

            A package changed after it was made fails one of these checks: an edited text fails the
            comparison and the hash, an edited tag or statement fails the signature, a swapped key
            fails `allowed_signers`.

            """
    }

    /// The verification script: plain `git`, `ssh-keygen`, `cmp`, `sed`, `grep` and `sha256sum`.
    static func script(_ manifest: EvidenceManifest) -> String {
        let commit = manifest.commit
        var lines = [
            "set -eu",
            "rm -rf check.git",
            "git init -q --bare check.git",
            "git -C check.git bundle verify -q ../repository.bundle",
            "git -C check.git fetch -q ../repository.bundle 'refs/*:refs/*'",
            "echo 'text.md is the document at the endorsed commit:'",
            "git -C check.git cat-file blob \(quote("\(commit):\(manifest.path)")) | cmp - text.md",
            "echo \(quote("\(manifest.textSHA256)  text.md")) | sha256sum -c -",
            "git -C check.git config gpg.ssh.allowedSignersFile \"$PWD/allowed_signers\"",
        ]
        for entry in manifest.endorsements {
            let ref = quote(entry.ref)
            let file = quote(entry.file)
            lines += [
                "echo \(quote(entry.ref + ":"))",
                "git -C check.git cat-file tag \(ref) | cmp - \(file)",
                "test \"$(git -C check.git rev-parse \(quote(entry.ref + "^{commit}")))\" = \(quote(entry.commit))",
                "git -C check.git cat-file blob \(quote("\(entry.commit):\(manifest.path)")) | cmp - text.md",
                "git -C check.git verify-tag \(ref)",
                "sed '/^-----BEGIN SSH SIGNATURE-----$/,$d' \(file) > payload.tmp",
                "sed -n '/^-----BEGIN SSH SIGNATURE-----$/,$p' \(file) > signature.tmp",
                "ssh-keygen -Y verify -f allowed_signers -I \(quote(entry.stakeholder)) -n git -s signature.tmp -Overify-time=\(entry.signedAt) < payload.tmp",
            ]
            if !entry.revocation {
                lines.append("grep -qx \(quote("Text-SHA256: \(manifest.textSHA256)")) payload.tmp")
            }
        }
        lines += ["rm -f payload.tmp signature.tmp", "echo 'All checks passed.'"]
        return lines.joined(separator: "\n") + "\n"
    }

    /// `text` in single quotes for a POSIX shell.
    static func quote(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
