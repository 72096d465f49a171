extension Document {
    /// The largest document accepted, in UTF-8 bytes: 8 MiB.
    public static let maximumSize = 8 * 1024 * 1024

    /// Parses `text` with the profile for `language` (`en`, `ro`, `de`), or the detected one
    /// when `language` is `nil`.
    ///
    /// Throws ``DocumentError/Reason/unknownLanguage`` when no profile has that language.
    public static func parse(_ text: String, language: String? = nil) throws(DocumentError)
        -> Document
    {
        var profile: StructureProfile?
        if let language {
            guard let named = StructureProfile.named(language) else {
                let known = StructureProfile.all.map(\.language).joined(separator: ", ")
                throw DocumentError(
                    .unknownLanguage,
                    message: "no structure profile for language `\(language)`; known: \(known)")
            }
            profile = named
        }
        return try DocumentParser(profile: profile).parse(text)
    }
}
