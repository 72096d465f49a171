import Glibc

/// Environment variables read one at a time with `getenv`.
///
/// Neither Foundation's `ProcessInfo.environment` nor a dictionary of the few variables read:
/// the first `[String: String]` storage made has the Swift runtime check `String: Hashable` by
/// scanning every protocol conformance of the executable (about a tenth of a millisecond of a
/// terminal redline).
enum EnvironmentVariables {
    /// The value of variable `name`, nil when it is not set.
    static func value(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }
}
