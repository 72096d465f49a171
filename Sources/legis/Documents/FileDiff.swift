import Glibc
import LegisAmendments
import LegisDiff
import LegisDocument
import LegisTracker

/// `legis diff --files OLD NEW`: the redline between two files, no workspace needed.
struct FileDiff {
    var old: String
    var new: String
    var format: Diff.Format
    var language: String?

    init(old: String, new: String, format: Diff.Format, language: String?) {
        self.old = old
        self.new = new
        self.format = format
        self.language = language
    }

    /// Reads and compares both files and prints the redline.
    func run() throws(LegisError) {
        let (oldInput, newInput) = try parsePair()
        if format == .instructions {
            let old = oldInput.document
            return Console.write(
                AmendingInstructions.generate(old: old, new: newInput.document, language: language ?? old.language))
        }
        let redline = DocumentDiff.compare(oldInput, newInput)
        ProcessMemory.keepUntilExit(oldInput)
        ProcessMemory.keepUntilExit(newInput)
        ProcessMemory.keepUntilExit(redline)
        Diff.write(redline, format: format, title: "\(old) → \(new)")
    }

    /// Reads, parses and prepares both files for comparison, one on each of two threads when
    /// they are large.
    private func parsePair() throws(LegisError) -> (DiffInput, DiffInput) {
        // For instructions the language names the formulas; the structure is the texts' own.
        let profile = format == .instructions ? nil : language.flatMap { StructureProfile.named($0) }
        // JSON does not say in which provision each piece of text stands.
        let places = format != .json
        // Two short laws are read one after the other: a second thread would cost more.
        let size = Self.size(of: old) + Self.size(of: new)
        ProcessMemory.adviseHugePages(inputBytes: size, parallelBytes: Parallel.minimumBytes)
        let (older, newer) = Parallel.both(
            bytes: size,
            { PreparedInput { () throws(LegisError) in DiffInput(try Self.parse(old, profile: profile), places: places) } },
            { PreparedInput { () throws(LegisError) in DiffInput(try Self.parse(new, profile: profile), places: places) } })
        return (try older.get(), try newer.get())
    }

    /// The size of `file` in bytes; 0 when it cannot be read (reading it then says why).
    private static func size(of file: String) -> Int {
        var status = stat()
        return stat(file, &status) == 0 ? Int(status.st_size) : 0
    }

    static func parse(_ file: String, profile: StructureProfile?) throws(LegisError) -> Document {
        let bytes: [UInt8]
        do {
            bytes = try FileBytes.contents(of: file, limit: Document.maximumSize)
        } catch {
            throw LegisError(error.isTooLarge ? .invalidInput : .notFound, "\(file): \(error.message)")
        }
        do {
            return try DocumentParser(profile: profile).parse(bytes: bytes)
        } catch {
            throw LegisError(.invalidInput, "\(file): \(error)")
        }
    }
}

extension FileDiff {
    /// Reads `diff --files OLD NEW`, with `--format F` and `--language L` in any order, without
    /// ArgumentParser, or returns nil (see ``QuickDiffArguments``).
    init?(quick arguments: [String]) {
        guard let read = QuickDiffArguments(arguments), read.files, read.positional.count == 2, read.repo == nil
        else { return nil }
        self.init(old: read.positional[0], new: read.positional[1], format: read.format ?? .terminal, language: read.language)
    }
}
