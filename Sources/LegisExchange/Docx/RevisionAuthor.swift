public import Foundation

/// Who made a tracked change and when, as Word shows it.
public struct RevisionAuthor: Sendable, Hashable {
    /// The author's name.
    public var name: String
    /// When the change was made.
    public var date: Date

    public init(name: String, date: Date) {
        self.name = name
        self.date = date
    }
}

/// Who made each change of a redline: by provision, with a fallback.
public struct RevisionAttribution: Sendable {
    /// The author for changes in provisions of the new version, by path.
    public var byNewPath: [ProvisionPathKey: RevisionAuthor]
    /// The author for text deleted from provisions of the old version, by path.
    public var byOldPath: [ProvisionPathKey: RevisionAuthor]
    /// The author of every other change (the newer revision's).
    public var fallback: RevisionAuthor

    public init(
        fallback: RevisionAuthor, byNewPath: [ProvisionPathKey: RevisionAuthor] = [:],
        byOldPath: [ProvisionPathKey: RevisionAuthor] = [:]
    ) {
        self.fallback = fallback
        self.byNewPath = byNewPath
        self.byOldPath = byOldPath
    }
}

/// A provision path as a dictionary key (`art-5/par-2`).
public typealias ProvisionPathKey = String
