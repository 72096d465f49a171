public import Foundation
public import LegisGit

/// The last commit that changed a document: who, when, and the first line of the message.
public struct DocumentChange: Sendable, Hashable {
    public var commit: ObjectID
    public var author: String
    public var email: String
    public var date: Date
    /// The first line of the commit message.
    public var summary: String

    public init(commit: ObjectID, author: String, email: String, date: Date, summary: String) {
        self.commit = commit
        self.author = author
        self.email = email
        self.date = date
        self.summary = summary
    }

    /// The change a commit made, as the index keeps it.
    init(_ commit: Commit) {
        self.init(
            commit: commit.id, author: commit.author.name, email: commit.author.email, date: commit.author.date,
            summary: commit.message.split(separator: "\n", maxSplits: 1).first.map(String.init) ?? "")
    }
}
