/// Checks for the identifiers that appear in messages and ref names (documents, stakeholders).
enum Identifier {
    /// Whether `text` is a safe identifier: 1–100 characters from `A-Z a-z 0-9 . _ -`, starting
    /// with a letter or digit, without `..`, and not ending with `.` or `.lock`.
    static func isValid(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard (1...100).contains(bytes.count), let first = bytes.first, isAlphanumeric(first) else { return false }
        guard bytes.allSatisfy({ isAlphanumeric($0) || $0 == 46 || $0 == 95 || $0 == 45 }) else { return false }
        return !text.contains("..") && !text.hasSuffix(".") && !text.hasSuffix(".lock")
    }

    /// Whether `text` is a valid document id: up to 200 bytes of `/`-separated segments, each
    /// non-empty, not starting with `.`, made of letters, digits, `-`, `_` and `.`.
    static func isValidDocument(_ text: String) -> Bool {
        guard (1...200).contains(text.utf8.count) else { return false }
        return text.split(separator: "/", omittingEmptySubsequences: false).allSatisfy { segment in
            guard let first = segment.first, first != "." else { return false }
            return segment.unicodeScalars.allSatisfy {
                $0.properties.isAlphabetic || $0.properties.numericType != nil || $0 == "-" || $0 == "_" || $0 == "."
            }
        }
    }

    /// Throws a field error when `text` is not a valid document id.
    static func checkDocument(_ text: String) throws(StatementFormatError) {
        guard isValidDocument(text) else {
            throw .invalidField(
                field: "document id",
                reason: "'\(text.prefix(80))' must be up to 200 bytes of '/'-separated segments of letters, digits, "
                    + "'-', '_' and '.', none empty or starting with '.'")
        }
    }

    /// Throws a field error naming `field` when `text` is not a valid identifier.
    static func check(_ text: String, field: String) throws(StatementFormatError) {
        guard isValid(text) else {
            throw .invalidField(
                field: field,
                reason: "'\(text.prefix(80))' must be 1–100 characters from A-Z a-z 0-9 . _ -, "
                    + "start with a letter or digit, and contain no '..'")
        }
    }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (48...57).contains(byte) || (65...90).contains(byte) || (97...122).contains(byte)
    }
}
