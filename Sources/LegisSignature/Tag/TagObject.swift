/// A git annotated tag object: `object`, `type`, `tag` and `tagger` headers, a blank line, a message.
public struct TagObject: Sendable, Hashable {
    /// Lines that git takes as the start of a signature block.
    static let signatureMarkers: [(prefix: String, kind: String)] = [
        ("-----BEGIN SSH SIGNATURE-----", "SSH"),
        ("-----BEGIN PGP SIGNATURE-----", "PGP"),
        ("-----BEGIN PGP MESSAGE-----", "PGP"),
        ("-----BEGIN SIGNED MESSAGE-----", "X.509"),
    ]

    /// The id of the tagged object, lower-case hex.
    public let object: String
    /// The type of the tagged object.
    public let type: GitObjectType
    /// The tag's name.
    public let name: String
    /// Who made the tag, and when.
    public let tagger: Tagger
    /// The message; always ends with a line feed unless empty.
    public let message: String

    /// Creates a tag object, checking that git will accept it.
    ///
    /// A line feed is added to a message that does not end with one. A message line may not
    /// start like a signature block (`-----BEGIN PGP SIGNATURE-----`, ...), since git would take
    /// the rest of the message for a signature.
    public init(
        object: String, type: GitObjectType = .commit, name: String, tagger: Tagger, message: String
    ) throws(TagObjectError) {
        guard Hex.isObjectID(object) else {
            throw .invalidField(
                field: "object", reason: "'\(object.prefix(80))' is not a 40 or 64 digit lower-case hex id")
        }
        guard !name.isEmpty,
            !name.unicodeScalars.contains(where: { $0.properties.isWhitespace || $0.value < 0x20 || $0.value == 0x7F })
        else {
            throw .invalidField(field: "name", reason: "must be non-empty, without spaces or control characters")
        }
        let text = message.isEmpty || message.utf8.last == 10 ? message : message + "\n"
        try Self.checkMessage(text)
        self.object = object
        self.type = type
        self.name = name
        self.tagger = tagger
        self.message = text
    }

    /// Refuses a message with NUL characters or with a line that starts like a signature block.
    private static func checkMessage(_ text: String) throws(TagObjectError) {
        var atLineStart = true
        let utf8 = text.utf8
        var index = utf8.startIndex
        while index != utf8.endIndex {
            let byte = utf8[index]
            if byte == 0 {
                throw .invalidField(field: "message", reason: "must not contain NUL characters")
            }
            if atLineStart, byte == 45,
                let marker = signatureMarkers.first(where: { utf8[index...].starts(with: $0.prefix.utf8) })
            {
                throw .invalidField(field: "message", reason: "a line starts with '\(marker.prefix)'")
            }
            atLineStart = byte == 10
            utf8.formIndex(after: &index)
        }
    }

    /// The bytes that are signed: the whole tag object without signature.
    public var payload: [UInt8] {
        Array("object \(object)\ntype \(type.rawValue)\ntag \(name)\ntagger \(tagger.line)\n\n\(message)".utf8)
    }
}
