/// Parses document text into a ``Document``: front matter, lossless blocks and the provision tree.
///
/// Parsing is pure (no I/O) and makes one linear pass over the UTF-8 bytes.
///
/// ## Paths
/// - A container's path extends the path of the container it lies in: `chap-2`,
///   `book-1/div-3/title-2`.
/// - An article's path does not name its containers: `art-5`, `art-7^1`, `art-1631d`, so that
///   renumbering or moving a chapter leaves article paths alone.
/// - Paragraphs, points and letters extend their parent's path: `art-5/par-2/pt-3/let-a`;
///   a doubled letter nests in a letter: `…/let-b/let-aa`. Outside any article they extend
///   the path of their container (`chap-1/par-1`), or stand alone (`pt-1`) before any container.
/// - Paths are unique in a document. When an article's path is already taken (`§ 1` under two
///   different titles), the later article gets its container's path in front (`title-2/art-1`);
///   the first keeps the short path. If that is still taken, or for any other repeated path,
///   the last component gets `~2`, `~3`… in document order (`art-1~2`, `art-5/par-1~2`).
public struct DocumentParser: Sendable {
    /// The structure profile to use; `nil` picks one per document (see ``StructureProfile/detect(in:)``).
    public var profile: StructureProfile?

    /// A parser using `profile`, or detecting the profile of each document when it is `nil`.
    public init(profile: StructureProfile? = nil) {
        self.profile = profile
    }

    /// Parses `text`.
    ///
    /// Throws when the text is larger than ``Document/maximumSize``, contains a NUL byte, or has
    /// front matter that is unterminated, not valid YAML, or has an unknown `kind`.
    public func parse(_ text: String) throws(DocumentError) -> Document {
        var source = text
        source.makeContiguousUTF8()
        try InputValidator.checkSize(source.utf8.count)
        let result = source.utf8.withContiguousStorageIfAvailable {
            (bytes) -> Result<Document, DocumentError> in
            if let nul = InputValidator.firstNUL(bytes) {
                let line = InputValidator.lineNumber(bytes, at: nul)
                return .failure(
                    DocumentError(
                        .binaryContent, line: line, offset: nul,
                        message: "line \(line): NUL byte at byte offset \(nul): this is binary "
                            + "data, not text; only text documents can be parsed"))
            }
            return Result { () throws(DocumentError) in
                try parse(bytes, source: SourceText(source))
            }
        }
        guard let result else {
            let bytes = Array(source.utf8)
            return try bytes.withUnsafeBufferPointer { (buffer) throws(DocumentError) in
                try parse(buffer, source: SourceText(source))
            }
        }
        return try result.get()
    }

    /// Parses UTF-8 `bytes`.
    ///
    /// Throws, naming the byte offset and line, when the bytes are not valid UTF-8 or contain a
    /// NUL byte (binary data); and for the reasons ``parse(_:)`` gives.
    public func parse(bytes: [UInt8]) throws(DocumentError) -> Document {
        try bytes.withUnsafeBufferPointer { (buffer) throws(DocumentError) in
            try InputValidator.checkSize(buffer.count)
            // One checking pass; the byte-by-byte validator runs only to name a fault.
            let verdict = InputValidator.check(buffer)
            guard verdict != .rejected else {
                try InputValidator.validate(buffer)
                return try parse(buffer, source: SourceText(String(decoding: buffer, as: UTF8.self)))
            }
            return try parse(buffer, source: SourceText(validBytes: bytes, isASCII: verdict == .ascii))
        }
    }

    /// Parses checked bytes whose source is `source`.
    private func parse(_ bytes: UnsafeBufferPointer<UInt8>, source: SourceText) throws(DocumentError) -> Document {
        let (frontMatter, bodyStart, bodyLine) = try FrontMatterReader.read(bytes)
        let profile =
            self.profile
            ?? frontMatter.language.flatMap(StructureProfile.named)
            ?? StructureProfile.detect(bytes, from: bodyStart)
        let (blocks, provisions) = StructureParser(profile: profile).parse(
            bytes, bodyStart: bodyStart, firstLine: bodyLine, frontMatter: frontMatter.range)
        return Document(
            storage: source, frontMatter: frontMatter, language: profile.language, blocks: blocks,
            provisions: provisions)
    }
}
