import ArgumentParser
import LegisTracker

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export a revision of a document as a Word document or as Akoma Ntoso XML.",
        discussion: """
            legis export ID[@REV] --format docx --out FILE.docx    headings as Word headings, provisions as paragraphs
            legis export ID[@REV] --format akn [--out FILE.xml]    Akoma Ntoso 3.0: a bill or an act, by the document's kind
            See Docs/formats.md.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case docx, akn }

    @Argument(help: "The document, optionally at a revision: ID or ID@REV.") var document: String
    @Option(help: "docx or akn.") var format: Format
    @Option(help: "The file to write (default: standard output; required for docx on a terminal).") var out: String?
    @OptionGroup var workspace: WorkspaceOptions

    func run() throws {
        let reference = try DocumentReference(parsing: document)
        let bytes: [UInt8] =
            switch format {
            case .docx: try workspace.open().exportDocx(reference)
            case .akn: Array(try workspace.open().exportAkomaNtoso(reference).utf8)
            }
        try BinaryOutput.write(bytes, to: out, binary: format == .docx)
    }
}
