import Foundation

/// The validated id of a document: its path inside the document folder, without `.md`.
///
/// An id is one or more segments separated by `/`; each segment is made of letters, digits,
/// `-`, `_` and `.`, does not start with `.`, and is not empty. So no id can name a file
/// outside the workspace (`../x`, `/etc/x`) or carry control characters.
public struct DocumentID: Sendable, Hashable, Comparable, CustomStringConvertible, Codable {
    /// The id as text, e.g. `labour-recruitment-agencies` or `laws/penal-code`.
    public let rawValue: String

    /// The longest id accepted, in bytes.
    public static let maximumLength = 200

    /// Validates `text` as a document id.
    public init(_ text: String) throws(LegisError) {
        if !Self.isPlain(text) { try Self.check(text) }
        rawValue = text.hasSuffix(".md") ? String(text.dropLast(3)) : text
    }

    /// Whether `text` is a valid id made of ASCII letters, digits, `-`, `_`, `.` and `/` alone,
    /// as ids almost always are, checked byte by byte: ``check(_:)`` looks up Unicode
    /// properties, whose first use costs a few hundred microseconds of every command that names
    /// a document.
    static func isPlain(_ text: String) -> Bool {
        var count = 0
        var segmentStart = true
        for byte in text.utf8 {
            count += 1
            switch byte {
            case UInt8(ascii: "/"):
                if segmentStart { return false }
                segmentStart = true
            case UInt8(ascii: "."):
                // A segment may not start with a dot (hidden, `.` or `..`).
                if segmentStart { return false }
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"):
                segmentStart = false
            default:
                return false
            }
        }
        return count > 0 && count <= maximumLength && !segmentStart
    }

    /// Checks `text` as an id, throwing what is wrong with it.
    static func check(_ text: String) throws(LegisError) {
        guard !text.isEmpty else {
            throw LegisError(.usage, "A document id is empty: name the document, e.g. 'labour-law'.")
        }
        guard text.utf8.count <= Self.maximumLength else {
            throw LegisError(
                .usage, "The document id '\(text.prefix(40))…' is longer than \(Self.maximumLength) bytes.")
        }
        let printable = Self.printable(text)
        if text.hasPrefix("/") {
            throw LegisError(
                .usage, "The document id '\(printable)' is an absolute path: give a path inside the workspace.")
        }
        for segment in text.split(separator: "/", omittingEmptySubsequences: false) {
            if segment.isEmpty {
                throw LegisError(.usage, "The document id '\(printable)' has an empty path segment.")
            }
            if segment == ".." || segment == "." {
                throw LegisError(
                    .usage, "The document id '\(printable)' leaves its folder ('\(segment)'): give a path inside the workspace.")
            }
            if segment.hasPrefix(".") {
                throw LegisError(.usage, "The document id '\(printable)' has a hidden segment '\(segment)'.")
            }
            for scalar in segment.unicodeScalars where !Self.allowed(scalar) {
                let shown = scalar.value < 0x20 || scalar.value == 0x7F
                    ? String(format: "U+%04X", scalar.value) : String(scalar)
                throw LegisError(
                    .usage,
                    "The document id '\(printable)' contains '\(shown)': use letters, digits, '-', '_', '.' and '/'.")
            }
        }
    }

    /// An id known to be valid (for ids derived from paths already checked).
    init(validated: String) { rawValue = validated }

    public var description: String { rawValue }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The id as one ref-name segment: `/` and `%` percent-encoded, so every ref stays at one depth.
    public var refSegment: String {
        rawValue.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "/", with: "%2F")
    }

    /// Decodes ``refSegment``.
    public init(refSegment: String) throws(LegisError) {
        try self.init(
            refSegment.replacingOccurrences(of: "%2F", with: "/").replacingOccurrences(of: "%25", with: "%"))
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        try self.init(text)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    private static func allowed(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.properties.isAlphabetic || scalar.properties.numericType != nil { return true }
        return scalar == "-" || scalar == "_" || scalar == "."
    }

    private static func printable(_ text: String) -> String {
        String(text.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F ? "?" : Character($0) })
    }
}
