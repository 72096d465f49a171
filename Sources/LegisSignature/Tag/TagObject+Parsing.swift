extension TagObject {
    /// Reads a tag object's bytes (as `git cat-file tag` prints them), splitting off a trailing
    /// SSH signature block as git does (at the last line that starts a signature).
    ///
    /// Only the four headers `object`, `type`, `tag`, `tagger`, in that order, are accepted.
    public static func parse(bytes: [UInt8]) throws(TagObjectError) -> ParsedTagObject {
        let split = signatureStart(in: bytes)
        let payloadBytes = Array(bytes[..<split])
        var signature: SSHSignature?
        if split < bytes.count {
            let block = bytes[split...]
            if let marker = signatureMarkers.first(where: { block.starts(with: $0.prefix.utf8) }), marker.kind != "SSH"
            {
                throw .unsupportedSignature(kind: marker.kind)
            }
            do {
                signature = try SSHSignature.parse(armoredBytes: block)
            } catch {
                throw .signature(error)
            }
        }
        let tag = try parsePayload(payloadBytes)
        guard tag.payload == payloadBytes else {
            throw .malformed(reason: "the object is not in canonical form")
        }
        return ParsedTagObject(tag: tag, payload: payloadBytes, signature: signature)
    }

    /// The offset of the last line that starts a signature block, or the end of `bytes`.
    static func signatureStart(in bytes: [UInt8]) -> Int {
        var match = bytes.count
        var lineStart = 0
        while lineStart < bytes.count {
            if bytes[lineStart] == 45,  // "-": the cheap test first
                signatureMarkers.contains(where: { bytes[lineStart...].starts(with: $0.prefix.utf8) })
            {
                match = lineStart
            }
            guard let newline = bytes[lineStart...].firstIndex(of: 10) else { break }
            lineStart = newline + 1
        }
        return match
    }

    private static func parsePayload(_ bytes: [UInt8]) throws(TagObjectError) -> TagObject {
        guard let blank = zip(bytes.indices, bytes.dropFirst()).first(where: { bytes[$0.0] == 10 && $0.1 == 10 })?.0
        else {
            throw .malformed(reason: "no blank line after the headers")
        }
        guard let headerText = String(validating: bytes[..<blank], as: UTF8.self),
            let message = String(validating: bytes[(blank + 2)...], as: UTF8.self)
        else {
            throw .malformed(reason: "the object is not UTF-8 text")
        }
        let headers = headerText.split(separator: "\n", omittingEmptySubsequences: false)
        let names = ["object", "type", "tag", "tagger"]
        guard headers.count == names.count else {
            throw .malformed(
                reason: "expected the headers \(names.joined(separator: ", ")), found \(headers.count) lines")
        }
        var values: [Substring] = []
        for (line, name) in zip(headers, names) {
            guard line.hasPrefix(name + " ") else {
                throw .malformed(reason: "expected a '\(name)' header, found '\(line.prefix(40))'")
            }
            values.append(line.dropFirst(name.count + 1))
        }
        guard let type = GitObjectType(rawValue: String(values[1])) else {
            throw .malformed(reason: "unknown object type '\(values[1].prefix(40))'")
        }
        guard message.isEmpty || message.utf8.last == 10 else {
            throw .malformed(reason: "the message does not end with a line feed")
        }
        let tagger = try Tagger(line: values[3])
        do {
            return try TagObject(
                object: String(values[0]), type: type, name: String(values[2]), tagger: tagger, message: message)
        } catch {
            if case .invalidField(let field, let reason) = error {
                throw .malformed(reason: "the \(field) \(reason)")
            }
            throw error
        }
    }
}
