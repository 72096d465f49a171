import Mustache

// The list of documents has a row per document, thousands in a statute book: its values are
// handed to Mustache by name here, instead of being found by reflection (Mirror) for every
// value of every row, which took seconds for 6,600 rows.

extension DocumentsPage: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "documents": documents
        case "hasDocuments": hasDocuments
        default: nil
        }
    }
}

extension DocumentsPage.Row: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "id": id
        case "title": title
        case "kind": kind.map { $0 as Any }
        case "status": status.map { $0 as Any }
        case "path": path
        case "href": href
        case "endorsementsHref": endorsementsHref
        case "latestDraft": latestDraft.map { $0 as Any }
        case "lastChange": lastChange.map { $0 as Any }
        case "endorsements": endorsements
        case "problem": problem.map { $0 as Any }
        default: nil
        }
    }
}

extension DocumentsPage.DraftLink: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "commit": commit
        case "href": href
        default: nil
        }
    }
}

extension DocumentsPage.Change: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "commit": commit
        case "date": date
        case "day": day
        case "author": author
        case "message": message
        default: nil
        }
    }
}

extension StatusCounts: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "current": current
        case "stale": stale
        case "invalid": invalid
        case "revoked": revoked
        default: nil
        }
    }
}
