public import Foundation
public import LegisGit

/// A named draft: an annotated tag on a revision of one document.
public struct Draft: Sendable, Hashable, Encodable {
    public var name: String
    public var commit: ObjectID
    public var tag: ObjectID
    public var note: String
    public var tagger: String
    public var date: Date

    enum CodingKeys: String, CodingKey { case name, commit, tag, note, tagger, date }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        try container.encode(commit.hex, forKey: .commit)
        try container.encode(tag.hex, forKey: .tag)
        try container.encode(note, forKey: .note)
        try container.encode(tagger, forKey: .tagger)
        try container.encode(ISO8601.string(date), forKey: .date)
    }

    /// Checks a draft name: letters, digits, `.`, `-`, `_`; not starting with `.` or `-`; not a
    /// relative revision name (`latest`, `latest-N`, `HEAD`).
    public static func validate(name: String) throws(LegisError) {
        let ok = !name.isEmpty && name.count <= 100 && !name.hasPrefix(".") && !name.hasPrefix("-")
            && !name.hasSuffix(".lock") && !name.contains("..")
            && name.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "-_.".unicodeScalars.contains($0)) }
        guard ok, RevisionName.stepsBack(name) == nil else {
            throw LegisError(
                .usage, "The draft name '\(name)' is not valid: use letters, digits, '.', '-' and '_', e.g. 'consultation-1'.")
        }
    }
}
