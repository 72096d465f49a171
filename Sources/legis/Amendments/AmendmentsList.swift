import ArgumentParser
import Foundation
import LegisAmendments
import LegisTracker

struct AmendmentsList: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "amendments",
        abstract: "List the amendments to a document, or print their table for a committee report.",
        discussion: """
            list (default): number, status, title, sponsors, provisions touched, and the other open \
            amendments that touch the same provisions. table-markdown and table-html: one row per \
            touched provision with the text before, the text proposed (as a redline in HTML), the \
            sponsors, the rationale and the decision. table-docx: the same table as a Word document \
            written to --out, the text proposed as tracked changes (see Docs/formats.md).
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case list
        case tableHTML = "table-html"
        case tableMarkdown = "table-markdown"
        case tableDOCX = "table-docx"
    }

    @Argument(help: "The document id.") var id: String
    @Option(help: "Only amendments with this status: tabled, withdrawn, adopted, adopted-with-changes, rejected, lapsed.")
    var status: String?
    @Option(help: "list, table-html, table-markdown or table-docx.") var format: Format = .list
    @Option(help: "For --format table-docx: the Word document to write.") var out: String?
    @Flag(help: "Print JSON.") var json = false
    @OptionGroup var workspace: WorkspaceOptions

    func validate() throws {
        if let status, AmendmentStatus(rawValue: status) == nil {
            throw ValidationError("--status must be one of \(AmendmentStatus.allCases.map(\.rawValue).joined(separator: ", ")).")
        }
        if format == .tableDOCX, out == nil {
            throw ValidationError("--format table-docx writes a Word document: pass --out FILE.docx.")
        }
        if format != .tableDOCX, out != nil {
            throw ValidationError("--out is for --format table-docx; the other formats print to standard output.")
        }
    }

    func run() throws {
        let id = try DocumentID(self.id)
        let status = self.status.flatMap(AmendmentStatus.init(rawValue:))
        let space = try workspace.open()
        let all = try space.amendments(of: id)
        let shown = all.filter { status == nil || $0.status == status }
        if json {
            return try JSONOutput.print(
                shown.map { AmendmentListing(amendment: $0, overlapping: space.overlappingAmendments($0, among: all)) })
        }
        switch format {
        case .list:
            for amendment in shown {
                let overlap = space.overlappingAmendments(amendment, among: all)
                let also = overlap.isEmpty ? "" : "  (same provisions as \(overlap.map(String.init).joined(separator: ", ")))"
                Console.line(
                    "\(amendment.number)\t\(amendment.status.rawValue)\t\(amendment.title)\t\(amendment.sponsors.joined(separator: ", "))\t\(amendment.provisions.joined(separator: " "))\(also)"
                )
            }
        case .tableMarkdown:
            var rows: [AmendmentTableRow] = []
            for amendment in shown { rows += try space.amendmentRows(amendment) }
            Console.write(AmendmentTable.markdown(rows))
        case .tableHTML:
            var rows: [AmendmentTableRow] = []
            for amendment in shown { rows += try space.amendmentRows(amendment) }
            Console.write(AmendmentTable.html(rows, title: "Amendments to \(id)"))
        case .tableDOCX:
            try BinaryOutput.write(try space.amendmentTableDocx(id, amendments: shown), to: out, binary: true)
        }
    }
}

/// An amendment in a JSON listing, with the open amendments that touch the same provisions.
struct AmendmentListing: Encodable {
    var amendment: Amendment
    var overlapping: [Int]

    func encode(to encoder: any Encoder) throws {
        try amendment.encode(to: encoder)
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(overlapping, forKey: .overlapping)
    }

    enum Key: String, CodingKey { case overlapping }
}

