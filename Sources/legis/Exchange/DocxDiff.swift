import Foundation
import LegisDocument
import LegisExchange
import LegisTracker

/// `legis diff … --format docx`: the redline as a Word document with tracked changes.
struct DocxDiff {
    var command: Diff

    func run() throws {
        let bytes: [UInt8]
        if command.files {
            let (old, new) = (command.arguments[0], command.arguments[1])
            let modified =
                (try? FileManager.default.attributesOfItem(atPath: new)[.modificationDate] as? Date) ?? Date()
            bytes = try Workspace.redlineDocx(
                old: try parse(old), new: try parse(new), author: RevisionAuthor(name: "Legis", date: modified),
                title: "\(old) → \(new)")
        } else {
            let id = try DocumentID(command.arguments[0])
            bytes = try command.workspace.open().redlineDocx(
                id, from: command.arguments[1], to: command.arguments.count > 2 ? command.arguments[2] : nil)
        }
        try BinaryOutput.write(bytes, to: command.out, binary: true)
    }

    private func parse(_ file: String) throws -> Document {
        let bytes = try OutputFile.read(file)
        do {
            return try DocumentParser(profile: command.language.flatMap { StructureProfile.named($0) }).parse(
                bytes: bytes)
        } catch {
            throw LegisError(.invalidInput, "\(file): \(error)")
        }
    }
}
