// `stat` and its fields are declared by every module that includes <sys/stat.h>; once a
// dependency (ZIPFoundation, through LegisExchange) loads CoreFoundation, that is the one Swift
// names, so it is imported here explicitly.
import CoreFoundation
import Foundation
import LegisDocument

/// Reads and checks a document's text from a file before anything is written.
enum DocumentInput {
    /// The bytes of `file`, checked: readable, at most ``Document/maximumSize``, UTF-8 text with
    /// front matter and structure that parse.
    ///
    /// The size is checked from the file's metadata before anything is read, so an oversized file
    /// (even 2 GiB) is refused at once; a file that grows while it is read is refused as well.
    static func read(_ file: String) throws(LegisError) -> [UInt8] {
        let descriptor = open(file, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            if errno == ENOENT { throw LegisError(.notFound, "\(file): no such file.") }
            throw LegisError(.io, "\(file): cannot be read (\(String(cString: strerror(errno)))).")
        }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
            throw LegisError(.io, "\(file): cannot be read (is it a folder, or not a regular file?).")
        }
        guard Int(info.st_size) <= Document.maximumSize else { throw tooLarge(file, size: Int(info.st_size)) }
        // One byte more than the size shows a file that grew meanwhile.
        let capacity = Int(info.st_size) + 1
        var failure: Int32 = 0
        let bytes = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, initialized in
            guard let base = buffer.baseAddress else { return }
            while initialized < capacity {
                let count = Foundation.read(descriptor, base + initialized, capacity - initialized)
                if count > 0 {
                    initialized += count
                } else if count == 0 {
                    break
                } else if errno != EINTR {
                    failure = errno
                    break
                }
            }
        }
        guard failure == 0 else {
            throw LegisError(.io, "\(file): cannot be read (\(String(cString: strerror(failure)))).")
        }
        guard bytes.count < capacity else {
            throw LegisError(.io, "\(file): changed while it was being read; save it again once it is written.")
        }
        try check(bytes, name: file)
        return bytes
    }

    private static func tooLarge(_ name: String, size: Int) -> LegisError {
        LegisError(
            .invalidInput,
            "\(name): \(size) bytes is over the limit of \(Document.maximumSize) bytes (8 MiB) for one document; split it.")
    }

    /// Checks bytes as a document's text; `name` says where they came from.
    static func check(_ bytes: [UInt8], name: String) throws(LegisError) {
        guard bytes.count <= Document.maximumSize else { throw tooLarge(name, size: bytes.count) }
        do {
            _ = try DocumentParser().parse(bytes: bytes)
        } catch {
            throw LegisError(.invalidInput, "\(name): \(error)")
        }
    }
}
