extension SSHPrivateKey {
    /// The key as an unencrypted OpenSSH private key file, as `ssh-keygen -N ''` writes it.
    ///
    /// The text has BEGIN/END lines, base64 wrapped at 70 columns and a final line feed.
    public var openSSHFormat: String {
        var checkGenerator = SystemRandomNumberGenerator()
        let check = UInt32.random(in: .min ... .max, using: &checkGenerator)
        var section = SSHWireWriter()
        section.writeUInt32(check)
        section.writeUInt32(check)
        section.writeString(SSHPublicKey.ed25519Type)
        section.writeString(publicKey.rawKey)
        section.writeString(seed + publicKey.rawKey)
        section.writeString(comment)
        var padByte: UInt8 = 1
        while section.bytes.count % 8 != 0 {
            section.writeRaw([padByte])
            padByte += 1
        }
        var file = SSHWireWriter()
        file.writeRaw(Self.magic)
        file.writeString("none")
        file.writeString("none")
        file.writeString([UInt8]())
        file.writeUInt32(1)
        file.writeString(publicKey.wireBlob)
        file.writeString(section.bytes)
        let body = Base64.encode(file.bytes).wrapped(every: 70)
        return "\(Self.beginMarker)\n\(body)\(Self.endMarker)\n"
    }
}

extension String {
    /// The string cut into lines of at most `width` characters, each ending with a line feed.
    func wrapped(every width: Int) -> String {
        var out = ""
        var rest = Substring(self)
        while !rest.isEmpty {
            out += rest.prefix(width)
            out += "\n"
            rest = rest.dropFirst(width)
        }
        return out
    }
}
