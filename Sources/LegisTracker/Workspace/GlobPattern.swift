/// A path pattern as in `.gitignore`-style globs: `*` and `?` within a segment, `**` across segments.
public struct GlobPattern: Sendable, Hashable, CustomStringConvertible {
    /// The pattern as written, e.g. `documents/**/*.md`.
    public let pattern: String
    private let segments: [Substring]

    public init(_ pattern: String) {
        self.pattern = pattern
        segments = pattern.split(separator: "/")
    }

    public var description: String { pattern }

    /// The literal folder before the first wildcard (`documents/` for `documents/**/*.md`).
    public var baseDirectory: String {
        var base: [Substring] = []
        for segment in segments.dropLast() {
            if segment.contains(where: { "*?[".contains($0) }) { break }
            base.append(segment)
        }
        return base.isEmpty ? "" : base.joined(separator: "/") + "/"
    }

    /// Whether `path` (relative, `/`-separated) matches the pattern.
    public func matches(_ path: String) -> Bool {
        Self.match(segments[...], path.split(separator: "/")[...])
    }

    private static func match(_ pattern: ArraySlice<Substring>, _ path: ArraySlice<Substring>) -> Bool {
        guard let head = pattern.first else { return path.isEmpty }
        if head == "**" {
            let rest = pattern.dropFirst()
            var remaining = path
            while true {
                if match(rest, remaining) { return true }
                guard !remaining.isEmpty else { return false }
                remaining = remaining.dropFirst()
            }
        }
        guard let segment = path.first, matchSegment(Array(head.utf8)[...], Array(segment.utf8)[...])
        else { return false }
        return match(pattern.dropFirst(), path.dropFirst())
    }

    private static func matchSegment(_ pattern: ArraySlice<UInt8>, _ text: ArraySlice<UInt8>) -> Bool {
        guard let head = pattern.first else { return text.isEmpty }
        switch head {
        case UInt8(ascii: "*"):
            var remaining = text
            while true {
                if matchSegment(pattern.dropFirst(), remaining) { return true }
                guard !remaining.isEmpty else { return false }
                remaining = remaining.dropFirst()
            }
        case UInt8(ascii: "?"):
            return !text.isEmpty && matchSegment(pattern.dropFirst(), text.dropFirst())
        default:
            return text.first == head && matchSegment(pattern.dropFirst(), text.dropFirst())
        }
    }
}
