extension DocumentParser {
    /// The front matter of a document alone, its body left unread: what a listing of thousands
    /// of documents needs. Empty when the text has none; throws when it is never closed or is
    /// not YAML, as ``parse(bytes:)`` would.
    public static func frontMatter(of bytes: [UInt8]) throws(DocumentError) -> FrontMatter {
        try bytes.withUnsafeBufferPointer { (buffer) throws(DocumentError) in
            try FrontMatterReader.read(buffer).frontMatter
        }
    }
}
