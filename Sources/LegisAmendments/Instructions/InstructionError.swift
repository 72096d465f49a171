/// An amending instruction that cannot be read or carried out.
public struct InstructionError: Error, Sendable, CustomStringConvertible {
    /// The line (1-based) of the instruction in its file.
    public var line: Int
    /// What is wrong, in a sentence.
    public var message: String

    public init(line: Int, _ message: String) {
        self.line = line
        self.message = message
    }

    public var description: String { "line \(line): \(message)" }
}
