extension StructureProfile {
    /// The profile that fits `text` best.
    ///
    /// A `language` field in the front matter that names a built-in profile wins. Otherwise each
    /// profile counts the lines (headings or plain lines) that start with one of its container or
    /// article markers; the highest count wins, ties going to the earlier profile in ``all``
    /// (English when nothing matches). Counting stops early once one profile leads every other
    /// by ``detectionLead`` lines.
    public static func detect(in text: String) -> StructureProfile {
        var text = text
        text.makeContiguousUTF8()
        let found = text.utf8.withContiguousStorageIfAvailable { bytes in
            let reading = try? FrontMatterReader.read(bytes)
            if let language = reading?.frontMatter.language, let profile = named(language) {
                return profile
            }
            return detect(bytes, from: reading?.bodyStart ?? 0)
        }
        return found ?? .english
    }

    /// How many more marker lines than any other the leading profile needs for detection to stop
    /// before the end of the text.
    public static let detectionLead = 50

    /// The profile whose markers start the most lines of `bytes[start...]`.
    static func detect(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> StructureProfile {
        let scanners = all.map(MarkerScanner.init(profile:))
        var counts = Array(repeating: 0, count: scanners.count)
        var lineStart = start
        let count = bytes.count
        while lineStart < count {
            let lineEnd = ByteClass.lineEnd(bytes, lineStart, count)
            var p = ByteClass.skipBlanks(bytes, lineStart, lineEnd)
            while p < lineEnd, bytes[p] == 0x23 { p += 1 }  // #
            p = ByteClass.skipBlanks(bytes, p, lineEnd)
            var matched = false
            for index in scanners.indices
            where scanners[index].match(bytes, at: p, end: lineEnd, strict: false) != nil {
                counts[index] += 1
                matched = true
            }
            if matched, let top = counts.max(), top >= detectionLead,
                counts.allSatisfy({ $0 == top || $0 <= top - detectionLead })
                    && counts.filter({ $0 == top }).count == 1
            {
                break
            }
            lineStart = lineEnd + 1
        }
        var best = 0
        for index in counts.indices where counts[index] > counts[best] { best = index }
        return all[best]
    }
}
