import Foundation
import LegisGit
import LegisTracker

/// The links shared by the pages of one document.
struct DocumentNav: Sendable {
    var textHref: String
    var historyHref: String
    var compareHref: String
    var endorsementsHref: String
    var amendmentsHref: String

    init(_ id: DocumentID) {
        textHref = URLPath.document(id)
        historyHref = URLPath.history(id)
        compareHref = URLPath.compare(id, from: RevisionName.back(1), to: RevisionName.latest)
        endorsementsHref = URLPath.endorsements(id)
        amendmentsHref = URLPath.amendments(id)
    }
}

/// One choice of a revision in a `<select>`.
struct RevisionOption: Sendable {
    var value: String
    var label: String
    var selected: Bool
}

/// Endorsements counted by status.
struct StatusCounts: Sendable, Encodable {
    var current = 0
    var stale = 0
    var invalid = 0
    var revoked = 0

    init(_ reports: some Sequence<EndorsementReport>) {
        for report in reports {
            switch report.status {
            case .current: current += 1
            case .stale: stale += 1
            case .invalid: invalid += 1
            case .revoked: revoked += 1
            }
        }
    }
}

/// Dates as shown: ISO 8601 for machines, the day for people.
enum DateText {
    static func iso(_ date: Date) -> String { ISO8601.string(date) }
    static func day(_ date: Date) -> String { String(ISO8601.string(date).prefix(10)) }
}

extension ObjectID {
    /// The first seven hexadecimal digits, as shown on pages.
    var shortHex: String { String(hex.prefix(7)) }
}

extension String {
    /// The first line, for a commit message in a list.
    var firstLine: String { String(prefix { $0 != "\n" }) }

    /// nil for an empty or blank string, so that a Mustache section skips it.
    var nonEmpty: String? { trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : self }
}

extension Workspace {
    /// The revision options of a document for a `<select>`.
    ///
    /// The latest, the named drafts and every revision. The option naming `selected` is marked
    /// (or, failing that, the first naming the same commit); when none does (`~1`, a prefix),
    /// `selected` is added first.
    func revisionOptions(
        of id: DocumentID, log: [LogEntry], drafts: [Draft], selected: String?, commit: ObjectID? = nil
    ) -> [RevisionOption] {
        var options = [
            (option: RevisionOption(value: RevisionName.latest, label: "latest", selected: false), commit: log.first?.commit)
        ]
        for draft in drafts.reversed() {
            options.append(
                (
                    RevisionOption(
                        value: draft.name, label: "draft \(draft.name) (\(draft.commit.shortHex))", selected: false),
                    draft.commit
                ))
        }
        for entry in log {
            let label = "\(entry.commit.shortHex) · \(DateText.day(entry.date)) · \(entry.message.firstLine.prefix(48))"
            options.append((RevisionOption(value: entry.commit.hex, label: label, selected: false), entry.commit))
        }
        guard let selected else { return options.map(\.option) }
        if let index = options.firstIndex(where: { $0.option.value == selected })
            ?? options.firstIndex(where: { commit != nil && $0.commit == commit && $0.option.value != RevisionName.latest })
        {
            options[index].option.selected = true
        } else {
            options.insert((RevisionOption(value: selected, label: selected, selected: true), nil), at: 0)
        }
        return options.map(\.option)
    }
}
