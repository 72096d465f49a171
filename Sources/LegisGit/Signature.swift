public import Foundation

/// Who made a commit or tag, and when: a name, an email, a time to the second and a UTC offset.
public struct Signature: Sendable, Hashable {
    /// The person's name, as in `user.name`.
    public var name: String
    /// The person's email address, as in `user.email`.
    public var email: String
    /// The moment, in whole seconds (git stores no fractions).
    public var date: Date
    /// The offset of the person's time zone from UTC, in minutes (east positive).
    public var timeZoneOffsetMinutes: Int

    /// Creates a signature; the date is truncated to whole seconds, as git stores it.
    public init(name: String, email: String, date: Date, timeZoneOffsetMinutes: Int = 0) {
        self.name = name
        self.email = email
        self.date = Date(timeIntervalSince1970: date.timeIntervalSince1970.rounded(.down))
        self.timeZoneOffsetMinutes = timeZoneOffsetMinutes
    }

    /// A signature for now, with the current time zone's offset.
    public static func now(name: String, email: String) -> Signature {
        let date = Date()
        let offset = TimeZone.current.secondsFromGMT(for: date) / 60
        return Signature(name: name, email: email, date: date, timeZoneOffsetMinutes: offset)
    }
}
