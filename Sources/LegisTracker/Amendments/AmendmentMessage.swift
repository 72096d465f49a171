/// The commit messages that store amendments and decisions: a summary line, free text, then a
/// last paragraph of `Legis-…: value` trailers, which is what is read back.
import Foundation

struct AmendmentMessage {
    /// The first line.
    var summary: String
    /// The paragraphs between the summary and the trailers.
    var body: String
    /// The trailers in order.
    var trailers: [(key: String, value: String)]


    init(summary: String, body: String, trailers: [(key: String, value: String)]) {
        self.summary = summary
        self.body = body
        self.trailers = trailers
    }

    /// The first value of trailer `key`.
    func value(_ key: String) -> String? { trailers.first { $0.key == key }?.value }

    /// Every value of trailer `key`.
    func values(_ key: String) -> [String] { trailers.filter { $0.key == key }.map(\.value) }

    /// The message as git stores it.
    var text: String {
        var out = summary + "\n\n"
        let trimmed = body.trimmingCharacters(in: .newlines)
        if !trimmed.isEmpty { out += trimmed + "\n\n" }
        out += trailers.map { "\($0.key): \($0.value)" }.joined(separator: "\n") + "\n"
        return out
    }

    /// Reads a message written by ``text``; nil when its last paragraph holds no `Legis-` trailer.
    init?(parsing message: String) {
        var lines = message.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        while lines.last?.isEmpty == true { lines.removeLast() }
        guard let blank = lines.lastIndex(of: "") else { return nil }
        var trailers: [(key: String, value: String)] = []
        for line in lines[(blank + 1)...] {
            guard line.hasPrefix("Legis-"), let colon = line.firstIndex(of: ":") else { return nil }
            let value = line[line.index(after: colon)...].drop { $0 == " " }
            trailers.append((String(line[..<colon]), String(value)))
        }
        guard !trailers.isEmpty else { return nil }
        summary = lines.first ?? ""
        body = blank > 1 ? lines[1..<blank].joined(separator: "\n").trimmingCharacters(in: .newlines) : ""
        self.trailers = trailers
    }
}

extension String {
    /// The text on one line: line breaks and other control characters become spaces.
    var singleLine: String {
        String(unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F ? " " : Character($0) })
    }
}
