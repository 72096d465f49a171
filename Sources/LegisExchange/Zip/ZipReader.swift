import Foundation
import ZIPFoundation

/// Reads the parts of a ZIP archive held in memory, refusing parts larger than a limit.
public struct ZipReader {
    /// The largest part read, uncompressed: 64 MiB.
    public static let partLimit = 64 * 1024 * 1024

    private let archive: Archive
    /// Where the archive came from, for messages.
    private let name: String

    /// Opens the archive; `name` says where it came from.
    public init(_ bytes: [UInt8], name: String) throws(ExchangeError) {
        self.name = name
        do {
            archive = try Archive(data: Data(bytes), accessMode: .read)
        } catch {
            throw ExchangeError(.notAPackage, "\(name) is not a ZIP package (a .docx or .zip file): \(error).")
        }
    }

    /// The paths of the archive's files, in archive order.
    public var paths: [String] { archive.filter { $0.type == .file }.map(\.path) }

    /// The bytes of the part at `path`, or nil when there is none.
    public func part(_ path: String) throws(ExchangeError) -> [UInt8]? {
        guard let entry = archive[path] else { return nil }
        guard entry.uncompressedSize <= Int64(Self.partLimit) else {
            throw ExchangeError(.tooLarge, "\(name): the part \(path) is over \(Self.partLimit / 1_048_576) MiB.")
        }
        var out: [UInt8] = []
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                guard out.count + chunk.count <= Self.partLimit else {
                    throw ExchangeError(
                        .tooLarge, "\(name): the part \(path) is over \(Self.partLimit / 1_048_576) MiB.")
                }
                out.append(contentsOf: chunk)
            }
        } catch let error as ExchangeError {
            throw error
        } catch {
            throw ExchangeError(.notAPackage, "\(name): the part \(path) cannot be read: \(error).")
        }
        return out
    }
}
