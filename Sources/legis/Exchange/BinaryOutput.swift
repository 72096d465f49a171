import LegisTracker

/// Where an export goes: the file named by `--out`, or standard output.
enum BinaryOutput {
    static func write(_ bytes: [UInt8], to path: String?, binary: Bool) throws {
        if let path {
            try OutputFile.write(bytes, to: path)
            Console.error("Wrote \(path) (\(bytes.count) bytes).")
            return
        }
        if binary && Console.isTerminal {
            throw LegisError(
                .usage, "A Word document is binary: pass --out FILE.docx, or redirect the output to a file.")
        }
        Console.write(bytes: bytes)
    }
}
