extension Array where Element == String {
    /// The strings with `separator` between them, made in one buffer.
    ///
    /// Used instead of the standard library's `joined(separator:)` on the paths every terminal
    /// redline takes: that one is generic over the collection, and its first call has the
    /// runtime look up the element type's witnesses by name, which checks a requirement by
    /// scanning every protocol conformance of the executable (about 0.1 ms).
    func joinedText(separator: String) -> String {
        guard !isEmpty else { return "" }
        var byteCount = separator.utf8.count * (count - 1)
        for index in indices { byteCount += self[index].utf8.count }
        var out = ""
        out.reserveCapacity(byteCount)
        for index in indices {
            if index > startIndex { out += separator }
            out += self[index]
        }
        return out
    }
}
