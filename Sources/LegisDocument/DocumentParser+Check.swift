extension DocumentParser {
    /// The front matter of `bytes`, after the checks that decide whether they can be read as a
    /// document at all (size, UTF-8 without NUL, front matter), without building its provisions:
    /// what a listing of many documents needs to say which of them cannot be read, and why.
    public static func checkedFrontMatter(of bytes: [UInt8]) throws(DocumentError) -> FrontMatter {
        try bytes.withUnsafeBufferPointer { (buffer) throws(DocumentError) in
            try InputValidator.checkSize(buffer.count)
            if InputValidator.check(buffer) == .rejected { try InputValidator.validate(buffer) }
            return try FrontMatterReader.read(buffer).frontMatter
        }
    }
}
