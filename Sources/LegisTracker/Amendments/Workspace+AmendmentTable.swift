public import LegisAmendments
import LegisDiff
import LegisDocument

extension Workspace {
    /// The rows of the committee report's table for an amendment: one per provision it touches,
    /// with the text before and as proposed.
    public func amendmentRows(_ amendment: Amendment) throws(LegisError) -> [AmendmentTableRow] {
        let texts = try amendmentTexts(amendment)
        let (base, proposed) = try Self.parsePair(texts.base, texts.proposed, name: amendment.reference)
        let redline = DocumentDiff.compare(base, proposed)
        let registry = try stakeholderRegistry()
        let sponsors = amendment.sponsors.map { registry[$0]?.name ?? $0 }
        let decision = amendment.history.last.map { entry in
            entry.note.isEmpty ? entry.status.title : "\(entry.status.title): \(entry.note)"
        } ?? AmendmentStatus.tabled.title
        var rows: [AmendmentTableRow] = []
        for change in redline.provisions where change.movedText == nil {
            let path = (change.oldPath ?? change.newPath)?.description ?? ""
            rows.append(
                AmendmentTableRow(
                    number: amendment.number, title: amendment.title, provision: path,
                    before: change.oldRange.map { base.text($0) } ?? "",
                    after: change.newRange.map { proposed.text($0) } ?? "", sponsors: sponsors,
                    rationale: amendment.rationale, decision: decision))
        }
        if rows.isEmpty {
            rows.append(
                AmendmentTableRow(
                    number: amendment.number, title: amendment.title, provision: "", before: texts.base,
                    after: texts.proposed, sponsors: sponsors, rationale: amendment.rationale, decision: decision))
        }
        return rows
    }
}
