extension Tagger {
    /// Reads the value of a `tagger` line: `Name <email> 1700000000 +0000`.
    init(line: Substring) throws(TagObjectError) {
        guard let open = line.firstIndex(of: "<"), let close = line.lastIndex(of: ">"), open < close else {
            throw .malformed(reason: "the tagger line is not 'Name <email> seconds +hhmm'")
        }
        let namePart = line[..<open]
        guard namePart.last == " " else {
            throw .malformed(reason: "the tagger line has no space before '<'")
        }
        let email = String(line[line.index(after: open)..<close])
        let rest = line[line.index(after: close)...].split(separator: " ", omittingEmptySubsequences: false)
        guard rest.count == 3, rest[0].isEmpty, let seconds = Int64(rest[1]), rest[1].allSatisfy(\.isASCIIDigit),
            rest[2].count == 5, let sign = rest[2].first, sign == "+" || sign == "-",
            rest[2].dropFirst().allSatisfy(\.isASCIIDigit), let hhmm = Int(rest[2].dropFirst())
        else {
            throw .malformed(reason: "the tagger date is not '<seconds> <+hhmm>'")
        }
        let offset = (hhmm / 100 * 60 + hhmm % 100) * (sign == "-" ? -1 : 1)
        try self.init(name: String(namePart.dropLast()), email: email, timestamp: seconds, utcOffsetMinutes: offset)
        guard self.line == line else {
            throw .malformed(reason: "the tagger line is not in canonical form")
        }
    }
}

extension Character {
    /// Whether the character is one of the ASCII digits 0–9.
    var isASCIIDigit: Bool { ("0"..."9").contains(self) && unicodeScalars.count == 1 }
}
