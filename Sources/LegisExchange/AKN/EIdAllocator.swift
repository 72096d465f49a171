import Foundation
import LegisDocument

/// Gives each provision a unique `eId` derived from its path, following the Akoma Ntoso naming
/// convention: `art-16/par-2/let-a` is `art_16__para_2__point_a`.
struct EIdAllocator {
    private var used: Set<String> = []
    /// What every eId starts with: empty in a document's body, the eId of the quoted structure
    /// and `__` inside one (`mod_2__qstr_1__art_5`).
    var prefix = ""

    /// The eId of `path`, made unique with `-2`, `-3`… should two paths give the same one.
    mutating func eId(for path: ProvisionPath) -> String {
        let base = prefix + Self.eId(path)
        var candidate = base
        var counter = 2
        while !used.insert(candidate).inserted {
            candidate = "\(base)-\(counter)"
            counter += 1
        }
        return candidate
    }

    /// The eId of a path, before making it unique.
    static func eId(_ path: ProvisionPath) -> String {
        path.components.map { component -> String in
            let parts = component.split(separator: "-", maxSplits: 1)
            let prefix = parts.first.map(String.init) ?? "hcontainer"
            let number = parts.count > 1 ? String(parts[1]) : ""
            let name = Self.names[prefix] ?? prefix
            let cleaned = number.replacingOccurrences(of: "~", with: "-dup").unicodeScalars.map {
                $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-")
                    ? Character($0) : "-"
            }
            return name + "_" + String(cleaned)
        }
        .joined(separator: "__")
    }

    private static let names = [
        "book": "book", "part": "part", "title": "title", "chap": "chp", "sec": "sec", "art": "art",
        "par": "para", "pt": "point", "let": "point", "div": "dvs", "subdiv": "subdvs", "subtitle": "subtitle",
        "subchap": "subchp",
    ]
}
