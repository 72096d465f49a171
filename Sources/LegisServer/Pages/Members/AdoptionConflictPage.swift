import LegisAmendments
import LegisDocument
import LegisTracker

/// The answer to an adoption that does not merge (409).
///
/// It lists the provisions that the amendment and the document's later revisions both changed,
/// each named as lawyers name it, with its three texts. Nothing was written.
struct AdoptionConflictPage: Sendable {
    /// One conflicting provision and its texts as escaped HTML (the current and proposed ones
    /// marked against the base); nil where the provision does not exist.
    struct Provision: Sendable {
        var name: String
        var path: String
        var base: String?
        var current: String?
        var proposed: String?
    }

    var member: MemberBar
    var title: String
    var nav: DocumentNav
    var number: Int
    var amendmentTitle: String
    var amendmentHref: String
    var withChanges: Bool
    var provisions: [Provision]

    init(
        member: MemberBar, title: String, id: DocumentID, amendment: Amendment, withChanges: Bool,
        conflicts: [MergeConflict], language: String
    ) {
        self.member = member
        self.title = title
        nav = DocumentNav(id)
        number = amendment.number
        amendmentTitle = amendment.title
        amendmentHref = URLPath.amendment(id, amendment.number)
        self.withChanges = withChanges
        let profile = StructureProfile.named(language)
        provisions = conflicts.map { conflict in
            let name =
                conflict.path.isEmpty
                ? "The title and the text before the first provision"
                : profile?.citation(of: ProvisionPath(conflict.path)) ?? conflict.path
            return Provision(
                name: name, path: conflict.path, base: conflict.base.map { ConflictTextHTML.html($0, against: nil) },
                current: conflict.current.map { ConflictTextHTML.html($0, against: conflict.base) },
                proposed: conflict.proposed.map { ConflictTextHTML.html($0, against: conflict.base) })
        }
    }
}
