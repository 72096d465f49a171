/// A stable address of a provision inside a document, such as `art-5/par-2/let-a`.
///
/// Each component is `<kind prefix>-<number>`; numbers are normalised (`7^1`, `16a`, `802a`).
public struct ProvisionPath: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    /// The components from the outermost to the innermost: `["art-5", "par-2", "let-a"]`.
    public var components: [String]

    public init(components: [String]) { self.components = components }

    /// Parses `art-5/par-2`; an empty string is the empty path.
    public init(_ string: String) {
        components = string.split(separator: "/").map(String.init)
    }

    /// The path with one more component.
    public func appending(_ kind: ProvisionKind, _ number: String) -> ProvisionPath {
        ProvisionPath(components: components + ["\(kind.pathPrefix)-\(number)"])
    }

    /// Whether `self` is `other` or lies inside it.
    public func isWithin(_ other: ProvisionPath) -> Bool {
        components.count >= other.components.count
            && Array(components.prefix(other.components.count)) == other.components
    }

    public var description: String {
        // Joined by hand: `joined(separator:)` costs a runtime conformance lookup on first use,
        // a noticeable part of a short `legis diff`.
        // Indices, not `enumerated()`, whose (offset, element) tuples have their type made at
        // run time on first use.
        var text = ""
        for index in components.indices {
            if index > 0 { text += "/" }
            text += components[index]
        }
        return text
    }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.description < rhs.description }

    public init(from decoder: any Decoder) throws {
        self.init(try decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
