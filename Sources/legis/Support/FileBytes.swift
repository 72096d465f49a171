import Foundation

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
        var bytes = [UInt8](repeating: 0, count: Int(info.st_size))
        var filled = 0
        while filled < bytes.count {
            let count = bytes.withUnsafeMutableBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return 0 }
                return read(descriptor, base + filled, buffer.count - filled)
            }
            if count > 0 { filled += count } else if count == 0 { break } else if errno != EINTR {
                throw Failure(message: "cannot be read (\(String(cString: strerror(errno)))).")
            }
        }
        return filled == bytes.count ? bytes : Array(bytes[0..<filled])
    }
}
