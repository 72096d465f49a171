// `stat` is named from CoreFoundation once a dependency loads it (see DocumentInput.swift).
import CoreFoundation
import Foundation
#if canImport(Glibc)
    import Glibc
#endif

/// Reads a whole file into bytes with plain POSIX calls (no intermediate String or Data copies).
enum FileBytes {
    struct Failure: Error {
        var message: String
        /// Whether the file is larger than the limit asked for (the input is refused, not missing).
        var isTooLarge = false
    }

    /// The bytes of the regular file `path`.
    ///
    /// With a `limit`, a larger file is refused from its size before a byte is read or any memory
    /// is reserved, and a file that grows while it is read is refused too: a 2 GiB file costs one `fstat`.
    static func contents(of path: String, limit: Int? = nil) throws(Failure) -> [UInt8] {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            throw Failure(message: errno == ENOENT ? "no such file." : "cannot be read (\(String(cString: strerror(errno)))).")
        }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
            throw Failure(message: "is not a regular file.")
        }
        var size = Int(info.st_size)
        if let limit {
            guard size <= limit else { throw tooLarge(size, limit: limit) }
            size += 1  // One byte more than expected shows a file that grew meanwhile.
        }
        var failure: Int32 = 0
        // Read straight into the array's storage: no zero-filling first.
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, initialized in
            guard let base = buffer.baseAddress else { return }
            while initialized < size {
                let count = read(descriptor, base + initialized, size - initialized)
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
            throw Failure(message: "cannot be read (\(String(cString: strerror(failure)))).")
        }
        if limit != nil, bytes.count == size {
            throw Failure(message: "changed while it was being read; try again.")
        }
        return bytes
    }

    private static func tooLarge(_ size: Int, limit: Int) -> Failure {
        Failure(
            message: "is \(size) bytes, more than the limit of \(limit) bytes (\(limit >> 20) MiB) for one "
                + "document; split it into smaller documents. Nothing was read.",
            isTooLarge: true)
    }
}
