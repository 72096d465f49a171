public import Foundation

/// Writes a file produced by an export whole or not at all: to a temporary file beside it, then
/// renamed over the target.
public enum OutputFile {
    public static func write(_ bytes: [UInt8], to path: String) throws(LegisError) {
        let url = URL(fileURLWithPath: path)
        do {
            try Data(bytes).write(to: url, options: .atomic)
        } catch {
            throw LegisError(
                .io, "Cannot write \(path): \(error.localizedDescription) Check the folder exists and is writable.")
        }
    }

    /// The bytes of a file the user named, or a clear error.
    public static func read(_ path: String) throws(LegisError) -> [UInt8] {
        guard FileManager.default.fileExists(atPath: path) else {
            throw LegisError(.notFound, "\(path): no such file.")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw LegisError(.io, "\(path): cannot be read (is it a folder, or unreadable?).")
        }
        return [UInt8](data)
    }
}
