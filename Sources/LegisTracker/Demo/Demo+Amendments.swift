import Foundation
import LegisDocument

extension Demo {
    /// Tables amendments to a document and decides them, so that every status appears: two open
    /// ones that touch the same provision differently (adopting one makes the other conflict),
    /// one withdrawn, one rejected, one lapsed, one adopted with changes, and one adopted after
    /// the document moved on (after the compromise was folded in).
    static func amendments(_ workspace: Workspace, _ id: DocumentID, date: Date) throws(LegisError) {
        let revision = try workspace.revision(of: id)
        let document = try workspace.document(of: revision)
        let leaves = document.allProvisions.filter { provision in
            provision.children.isEmpty && (provision.kind == .paragraph || provision.kind == .letter)
                && document.ownText(of: provision).split(separator: " ").count >= 6
        }
        guard leaves.count >= 6 else { return }
        let step = max(1, leaves.count / 6)
        let targets = (0..<6).map { leaves[min(leaves.count - 1, $0 * step)] }
        func adding(_ sentence: String, to provision: Provision) -> [UInt8] {
            var end = provision.ownRange.upperBound
            let bytes = Array(document.source.utf8)
            while end > provision.ownRange.lowerBound, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[end - 1]) { end -= 1 }
            return Array(bytes[..<end]) + Array(" \(sentence)".utf8) + Array(bytes[end...])
        }
        var when = date.addingTimeInterval(-86_400 * 10)
        func table(_ provision: Provision, _ sentence: String, _ title: String, _ sponsors: [String]) throws(LegisError) -> Int {
            when = when.addingTimeInterval(3_600)
            return try workspace.tableAmendment(
                id, text: adding(sentence, to: provision), title: title,
                rationale: "Proposed by \(sponsors.joined(separator: " and ")) during the working group's second reading.",
                sponsors: sponsors, author: author, date: when
            ).number
        }
        let online = try table(targets[0], "This applies equally to recruitment carried out online.", "Cover online recruitment", ["ngo-safe-passage"])
        _ = try table(targets[0], "This does not apply to recruitment for seasonal work.", "Exempt seasonal work", ["ministry-of-labour"])
        let withdrawn = try table(targets[1], "The authority shall publish an annual report.", "Annual report", ["research-institute"])
        let rejected = try table(targets[2], "The period may be extended once by the court.", "Extension by the court", ["magistrates-forum"])
        let lapsed = try table(targets[3], "Details are laid down by government decision.", "Implementing decision", ["ministry-of-labour"])
        let compromise = try table(targets[4], "Victims shall be informed of their rights in a language they understand.", "Information of victims", ["intl-migration-office", "ngo-safe-passage"])
        let later = try table(targets[5], "Children shall be heard in the presence of a representative.", "Hearing of children", ["child-protection-directorate"])
        _ = online
        try workspace.decideAmendment(id, withdrawn, .withdrawn, note: "Withdrawn by its sponsor after the debate.", author: author, date: when.addingTimeInterval(86_400))
        try workspace.decideAmendment(id, rejected, .rejected, note: "Rejected: 3 in favour, 6 against.", author: author, date: when.addingTimeInterval(86_400))
        try workspace.decideAmendment(id, lapsed, .lapsed, note: "Lapsed: not moved before the end of the reading.", author: author, date: when.addingTimeInterval(86_400))
        let agreed = adding("Victims shall be informed of their rights, in writing, in a language they understand.", to: targets[4])
        _ = try workspace.adoptAmendment(id, compromise, compromise: agreed, note: "Adopted with the wording agreed in the drafting committee.", author: author, date: when.addingTimeInterval(90_000))
        // Tabled against the text before the compromise was folded in: merged into the new text.
        _ = try workspace.adoptAmendment(id, later, note: "Adopted unanimously.", author: author, date: when.addingTimeInterval(93_600))
    }
}
