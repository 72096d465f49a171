import Foundation

/// Programs some interop tests need (pandoc, soffice, xmllint, unzip): a test that needs one
/// runs when it is installed, and always under CI (`CI` set), where a missing tool must fail.
public enum ExternalTool {
    /// Whether `name` is found on PATH.
    public static func installed(_ name: String) -> Bool {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").contains { FileManager.default.isExecutableFile(atPath: "\($0)/\(name)") }
    }

    /// Whether a test needing `names` should run: all are installed, or CI is set.
    public static func shouldRun(_ names: String...) -> Bool {
        ProcessInfo.processInfo.environment["CI"] != nil || names.allSatisfy(installed)
    }
}
