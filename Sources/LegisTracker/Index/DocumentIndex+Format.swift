import Foundation
import LegisGit

/// The stored form: UTF-8 lines of tab-separated fields, a header naming the format version,
/// the tip, the branch and the settings blob, one line per change and per document, and a
/// checksum line over everything before it (so a torn or edited file is noticed and rebuilt).
///
/// ```
/// legis-document-index 2
/// tip <hex>
/// branch refs/heads/main
/// config <hex or empty>
/// changes <n>
/// <commit hex> TAB <unix seconds> TAB <author> TAB <email> TAB <summary>
/// documents <n>
/// <path> TAB <blob hex> TAB <change number> TAB <title> TAB <kind> TAB <status> TAB <language> TAB <problem>
/// checksum <FNV-1a 64, 16 hex digits>
/// ```
///
/// Text fields escape `\`, tab, line feed and carriage return as `\\`, `\t`, `\n`, `\r`; an
/// optional field is empty when absent and starts with `=` when present.
extension DocumentIndex {
    /// The stored bytes.
    func encoded() -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(64 + changes.count * 120 + entries.count * 160)
        func line(_ fields: [String]) {
            for (index, field) in fields.enumerated() {
                if index > 0 { out.append(0x09) }
                out.append(contentsOf: field.utf8)
            }
            out.append(0x0A)
        }
        line(["legis-document-index \(Self.formatVersion)"])
        line(["tip \(tip.hex)"])
        line(["branch " + Self.escape(branch)])
        line(["config " + (config?.hex ?? "")])
        line(["changes \(changes.count)"])
        for change in changes {
            line([
                change.commit.hex, String(Int64(change.date.timeIntervalSince1970)), Self.escape(change.author),
                Self.escape(change.email), Self.escape(change.summary),
            ])
        }
        line(["documents \(entries.count)"])
        for entry in entries {
            line([
                Self.escape(entry.path), entry.blob.hex, String(entry.change), Self.optional(entry.title),
                Self.optional(entry.kind), Self.optional(entry.status), Self.optional(entry.language),
                Self.optional(entry.problem),
            ])
        }
        let sum = Self.checksum(out[...])
        out.append(contentsOf: "checksum \(sum)\n".utf8)
        return out
    }

    /// Reads stored bytes; `nil` when they are not a complete index of this version.
    init?(decoding bytes: [UInt8]) {
        guard let checksumStart = Self.lastLineStart(bytes) else { return nil }
        let trailer = String(decoding: bytes[checksumStart...], as: UTF8.self)
        guard trailer == "checksum \(Self.checksum(bytes[..<checksumStart]))\n" else { return nil }
        var lines = bytes[..<checksumStart].split(separator: 0x0A, omittingEmptySubsequences: false)
        if lines.last?.isEmpty == true { lines.removeLast() }
        var cursor = 0
        func next() -> ArraySlice<UInt8>? {
            guard cursor < lines.count else { return nil }
            defer { cursor += 1 }
            return lines[cursor]
        }
        func header(_ name: String) -> String? {
            guard let line = next() else { return nil }
            let text = String(decoding: line, as: UTF8.self)
            guard text.hasPrefix(name + " ") else { return nil }
            return String(text.dropFirst(name.count + 1))
        }
        guard header("legis-document-index") == String(Self.formatVersion),
            let tipHex = header("tip"), let tip = ObjectID(hex: tipHex),
            let branch = header("branch").flatMap(Self.unescape),
            let configHex = header("config"),
            let changeCount = header("changes").flatMap({ Int($0) }), changeCount >= 0
        else { return nil }
        self.tip = tip
        self.branch = branch
        if configHex.isEmpty {
            config = nil
        } else {
            guard let id = ObjectID(hex: configHex) else { return nil }
            config = id
        }
        changes = []
        changes.reserveCapacity(changeCount)
        for _ in 0..<changeCount {
            guard let line = next() else { return nil }
            let fields = line.split(separator: 0x09, omittingEmptySubsequences: false)
            guard fields.count == 5, let commit = ObjectID(hex: String(decoding: fields[0], as: UTF8.self)),
                let seconds = Int64(String(decoding: fields[1], as: UTF8.self)),
                let author = Self.unescape(fields[2]), let email = Self.unescape(fields[3]),
                let summary = Self.unescape(fields[4])
            else { return nil }
            changes.append(
                DocumentChange(
                    commit: commit, author: author, email: email,
                    date: Date(timeIntervalSince1970: TimeInterval(seconds)), summary: summary))
        }
        guard let entryCount = header("documents").flatMap({ Int($0) }), entryCount >= 0 else { return nil }
        entries = []
        entries.reserveCapacity(entryCount)
        for _ in 0..<entryCount {
            guard let line = next() else { return nil }
            let fields = line.split(separator: 0x09, omittingEmptySubsequences: false)
            guard fields.count == 8, let path = Self.unescape(fields[0]),
                let blob = ObjectID(hex: String(decoding: fields[1], as: UTF8.self)),
                let change = Int(String(decoding: fields[2], as: UTF8.self)), changes.indices.contains(change),
                let title = Self.readOptional(fields[3]), let kind = Self.readOptional(fields[4]),
                let status = Self.readOptional(fields[5]), let language = Self.readOptional(fields[6]),
                let problem = Self.readOptional(fields[7])
            else { return nil }
            entries.append(
                Entry(
                    path: path, blob: blob, change: change, title: title, kind: kind, status: status,
                    language: language, problem: problem))
        }
        guard cursor == lines.count else { return nil }
    }

    /// FNV-1a, 64 bits, as 16 hexadecimal digits: enough to notice a torn or altered file.
    static func checksum(_ bytes: ArraySlice<UInt8>) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// Where the last line starts (the bytes must end with a line feed).
    private static func lastLineStart(_ bytes: [UInt8]) -> Int? {
        guard bytes.last == 0x0A, bytes.count >= 2 else { return nil }
        var index = bytes.count - 2
        while index >= 0, bytes[index] != 0x0A { index -= 1 }
        return index + 1
    }

    static func escape(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x5C || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) else { return text }
        var result = ""
        for character in text.unicodeScalars {
            switch character {
            case "\\": result += "\\\\"
            case "\t": result += "\\t"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            default: result.unicodeScalars.append(character)
            }
        }
        return result
    }

    static func unescape(_ field: some Collection<UInt8>) -> String? {
        guard field.contains(0x5C) else { return String(decoding: field, as: UTF8.self) }
        var bytes: [UInt8] = []
        var escaped = false
        for byte in field {
            if escaped {
                switch byte {
                case 0x5C: bytes.append(0x5C)
                case UInt8(ascii: "t"): bytes.append(0x09)
                case UInt8(ascii: "n"): bytes.append(0x0A)
                case UInt8(ascii: "r"): bytes.append(0x0D)
                default: return nil
                }
                escaped = false
            } else if byte == 0x5C {
                escaped = true
            } else {
                bytes.append(byte)
            }
        }
        return escaped ? nil : String(decoding: bytes, as: UTF8.self)
    }

    static func unescape(_ text: String) -> String? { unescape(Array(text.utf8)) }

    private static func optional(_ value: String?) -> String { value.map { "=" + escape($0) } ?? "" }

    /// An optional field: `.some(nil)` when empty, `nil` when malformed.
    private static func readOptional(_ field: ArraySlice<UInt8>) -> String?? {
        guard let first = field.first else { return .some(nil) }
        guard first == UInt8(ascii: "=") else { return nil }
        guard let text = unescape(field.dropFirst()) else { return nil }
        return .some(text)
    }
}
