import Foundation
#if canImport(Glibc)
    import Glibc
#endif

/// Reads a whole file into bytes with plain POSIX calls (no intermediate String or Data copies).
enum FileBytes {
    struct Failure: Error {
        var message: String
    }

    static func contents(of path: String) throws(Failure) -> [UInt8] {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            throw Failure(message: errno == ENOENT ? "no such file." : "cannot be read (\(String(cString: strerror(errno)))).")
        }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
            throw Failure(message: "is not a regular file.")
        }
        let size = Int(info.st_size)
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
        return bytes
    }
}
