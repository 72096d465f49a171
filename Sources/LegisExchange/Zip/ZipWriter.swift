public import Foundation
import ZIPFoundation

/// Builds a ZIP archive in memory from named parts, in the order given.
public struct ZipWriter: Sendable {
    private var parts: [(path: String, bytes: [UInt8])] = []

    public init() {}

    /// Adds a part.
    public mutating func add(_ path: String, _ bytes: [UInt8]) { parts.append((path, bytes)) }

    /// Adds a part holding UTF-8 text.
    public mutating func add(_ path: String, text: String) { add(path, Array(text.utf8)) }

    /// The archive's bytes, each part deflated, dated `date`.
    public func archive(date: Date = Date(timeIntervalSince1970: 315_532_800)) throws(ExchangeError) -> [UInt8] {
        do {
            let archive = try Archive(data: Data(), accessMode: .create)
            for part in parts {
                let data = Data(part.bytes)
                try archive.addEntry(
                    with: part.path, type: .file, uncompressedSize: Int64(data.count), modificationDate: date,
                    compressionMethod: .deflate
                ) { position, size in
                    data.subdata(in: Int(position)..<Int(position) + size)
                }
            }
            guard let data = archive.data else {
                throw ExchangeError(.writeFailed, "the ZIP archive could not be written.")
            }
            return [UInt8](data)
        } catch let error as ExchangeError {
            throw error
        } catch {
            throw ExchangeError(.writeFailed, "the ZIP archive could not be written: \(error).")
        }
    }
}
