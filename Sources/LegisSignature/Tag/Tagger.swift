public import Foundation

/// The identity and time on a tag's `tagger` line: `Name <email> <unix-seconds> <+hhmm>`.
public struct Tagger: Sendable, Hashable {
    /// The tagger's name; not empty, without `<`, `>` or line breaks.
    public let name: String
    /// The tagger's email; without `<`, `>` or line breaks.
    public let email: String
    /// Seconds since 1970-01-01 UTC.
    public let timestamp: Int64
    /// The tagger's offset from UTC, in minutes (`+0130` is 90).
    public let utcOffsetMinutes: Int

    /// Creates a tagger line's values, checking that git will accept them.
    public init(name: String, email: String, timestamp: Int64, utcOffsetMinutes: Int = 0) throws(TagObjectError) {
        let forbidden: Set<Unicode.Scalar> = ["<", ">", "\n", "\0"]
        guard !name.isEmpty, !name.unicodeScalars.contains(where: forbidden.contains) else {
            throw .invalidField(field: "tagger name", reason: "must be non-empty, without '<', '>' or line breaks")
        }
        guard !email.unicodeScalars.contains(where: forbidden.contains) else {
            throw .invalidField(field: "tagger email", reason: "must not contain '<', '>' or line breaks")
        }
        guard timestamp >= 0 else {
            throw .invalidField(field: "tagger date", reason: "must not be before 1970")
        }
        guard abs(utcOffsetMinutes) < 100 * 60, abs(utcOffsetMinutes) % 60 < 60 else {
            throw .invalidField(field: "tagger time zone", reason: "offset \(utcOffsetMinutes) minutes is out of range")
        }
        self.name = name
        self.email = email
        self.timestamp = timestamp
        self.utcOffsetMinutes = utcOffsetMinutes
    }

    /// Creates a tagger at `date` (whole seconds, UTC).
    public init(name: String, email: String, date: Date) throws(TagObjectError) {
        try self.init(name: name, email: email, timestamp: Int64(date.timeIntervalSince1970.rounded(.down)))
    }

    /// The tagger's time.
    public var date: Date { Date(timeIntervalSince1970: TimeInterval(timestamp)) }

    /// The line's value: `Name <email> 1700000000 +0000`.
    public var line: String {
        let sign = utcOffsetMinutes < 0 ? "-" : "+"
        let hours = abs(utcOffsetMinutes) / 60
        let minutes = abs(utcOffsetMinutes) % 60
        let zone = sign + (hours < 10 ? "0" : "") + String(hours) + (minutes < 10 ? "0" : "") + String(minutes)
        return "\(name) <\(email)> \(timestamp) \(zone)"
    }
}
