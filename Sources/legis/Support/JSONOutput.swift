import ArgumentParser
import Foundation
import LegisDocument
import LegisGit
import LegisTracker

/// Writes values as pretty, key-sorted JSON on standard output.
enum JSONOutput {
    static func print(_ value: some Encodable) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(value)
        Console.line(String(decoding: data, as: UTF8.self))
    }
}
