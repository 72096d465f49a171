extension SSHSignature {
    static let beginLine: [UInt8] = Array("-----BEGIN SSH SIGNATURE-----".utf8)
    static let endLine: [UInt8] = Array("-----END SSH SIGNATURE-----".utf8)

    /// The signature in armored form, as ssh-keygen writes it: BEGIN line, base64 wrapped at
    /// 70 columns, END line, each ending with a line feed.
    public var armored: String {
        let begin = String(decoding: Self.beginLine, as: UTF8.self)
        let end = String(decoding: Self.endLine, as: UTF8.self)
        return "\(begin)\n\(Base64.encode(blob).wrapped(every: 70))\(end)\n"
    }

    /// Reads an armored signature.
    ///
    /// The body may be wrapped at any width (ssh-keygen uses 70, others 76 or one line), as long
    /// as every line but the last has the same length. A final line feed is optional.
    public static func parse(armored: String) throws(SSHSignatureError) -> SSHSignature {
        try parse(armoredBytes: Array(armored.utf8)[...])
    }

    /// Reads an armored signature from its UTF-8 bytes.
    static func parse(armoredBytes text: ArraySlice<UInt8>) throws(SSHSignatureError) -> SSHSignature {
        guard !text.contains(13) else { throw .malformedArmor(reason: "carriage returns are not allowed") }
        var lines = text.split(separator: 10, omittingEmptySubsequences: false)
        if lines.last?.isEmpty == true { lines.removeLast() }
        guard let first = lines.first, first.elementsEqual(Self.beginLine) else {
            throw .malformedArmor(reason: "the first line is not '-----BEGIN SSH SIGNATURE-----'")
        }
        guard lines.count >= 3, let last = lines.last, last.elementsEqual(Self.endLine) else {
            throw .malformedArmor(reason: "the last line is not '-----END SSH SIGNATURE-----'")
        }
        let body = lines[1..<(lines.count - 1)]
        guard let width = body.first?.count else { throw .malformedArmor(reason: "the body is empty") }
        for (index, line) in body.enumerated() {
            guard !line.isEmpty else { throw .malformedArmor(reason: "line \(index + 2) is empty") }
            let isLast = index == body.count - 1
            guard isLast ? line.count <= width : line.count == width else {
                throw .malformedArmor(reason: "line \(index + 2) has \(line.count) characters, not \(width)")
            }
        }
        guard let blob = Base64.decode(body.joined()) else { throw .invalidBase64 }
        return try SSHSignature(blob: blob)
    }
}
