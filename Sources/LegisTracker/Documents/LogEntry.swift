public import Foundation
public import LegisGit

/// One revision of a document in its history.
public struct LogEntry: Sendable, Hashable, Encodable {
    public var commit: ObjectID
    public var author: String
    public var email: String
    public var date: Date
    public var message: String
    /// The drafts named at this revision.
    public var drafts: [String]

    enum CodingKeys: String, CodingKey { case commit, author, email, date, message, drafts }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(commit.hex, forKey: .commit)
        try container.encode(author, forKey: .author)
        try container.encode(email, forKey: .email)
        try container.encode(ISO8601.string(date), forKey: .date)
        try container.encode(message, forKey: .message)
        try container.encode(drafts, forKey: .drafts)
    }
}

/// ISO 8601 dates in UTC, to the second.
public enum ISO8601 {
    public static func string(_ date: Date) -> String {
        date.formatted(.iso8601.year().month().day().dateSeparator(.dash).time(includingFractionalSeconds: false).timeSeparator(.colon).timeZone(separator: .omitted))
    }

    public static func parse(_ text: String) -> Date? {
        try? Date(text, strategy: .iso8601)
    }
}
