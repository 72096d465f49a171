import Dispatch
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
        ProcessMemory.keepUntilExit((oldInput, newInput, redline))
        Diff.write(redline, format: format, title: "\(old) → \(new)")
    }

    /// Reads, parses and prepares both files for comparison, one on each of two threads (the
    /// same pool of threads the comparison then uses).
    private func parsePair() throws(LegisError) -> (DiffInput, DiffInput) {
        // For instructions the language names the formulas; the structure is the texts' own.
        let profile = format == .instructions ? nil : language.flatMap { StructureProfile.named($0) }
        let files = [old, new]
        // Two short laws are read one after the other: a second thread would cost more.
        guard files.reduce(0, { $0 + Self.size(of: $1) }) >= DocumentDiff.parallelMinimumBytes else {
            return (DiffInput(try Self.parse(old, profile: profile)), DiffInput(try Self.parse(new, profile: profile)))
        }
        let results = ParseResults()
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            let result = Result { () throws(LegisError) in
                DiffInput(try Self.parse(files[index], profile: profile))
            }
            results.store(result, at: index)
        }
        return (try results.take(0).get(), try results.take(1).get())
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
    /// ArgumentParser, or returns nil.
    ///
    /// This is the form scripts and editors call again and again, and ArgumentParser's
    /// reflection over the command tree costs about 2.5 ms of every start in a binary this size.
    /// Anything else (help, another option, a value that is not valid, `--`) gives nil and goes
    /// through ArgumentParser, which also reports every error.
    init?(quick arguments: [String]) {
        guard arguments.first == "diff" else { return nil }
        var files = false
        var paths: [String] = []
        var format: Diff.Format?
        var language: String?
        var index = 1
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if !argument.hasPrefix("-") {
                paths.append(argument)
                continue
            }
            var name = argument
            var value: String?
            if let equals = argument.firstIndex(of: "=") {
                name = String(argument[..<equals])
                value = String(argument[argument.index(after: equals)...])
            }
            switch name {
            case "--files" where value == nil && !files:
                files = true
            case "--format" where format == nil, "--language" where language == nil:
                if value == nil, index < arguments.count, !arguments[index].hasPrefix("-") {
                    value = arguments[index]
                    index += 1
                }
                guard let value else { return nil }
                if name == "--format" {
                    guard let known = Diff.Format(rawValue: value), known != .docx else { return nil }
                    format = known
                } else {
                    guard ["en", "ro", "de"].contains(value) else { return nil }
                    language = value
                }
            default:
                return nil
            }
        }
        guard files, paths.count == 2 else { return nil }
        self.init(old: paths[0], new: paths[1], format: format ?? .terminal, language: language)
    }
}

/// The results of the two parses, each written by one thread and read after both finished.
private final class ParseResults: @unchecked Sendable {
    // Safe: each slot is written by exactly one iteration of `concurrentPerform`, and read only
    // after `concurrentPerform` has returned, which orders the writes before the reads.
    private var slots: [Result<DiffInput, LegisError>] = Array(
        repeating: .failure(LegisError(.io, "the file could not be read.")), count: 2)

    func store(_ result: Result<DiffInput, LegisError>, at index: Int) {
        slots.withUnsafeMutableBufferPointer { $0[index] = result }
    }

    func take(_ index: Int) -> Result<DiffInput, LegisError> { slots[index] }
}
