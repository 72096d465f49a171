import Foundation

/// git's credential helper protocol, for HTTPS remotes: the helper named in `credential.helper`
/// is asked (`get`) for the user name and password of a host, as git asks it.
struct CredentialHelper {
    /// The configured value: `store`, `cache --timeout=300`, an absolute path, or `!shell command`.
    var command: String
    var home: String

    /// The shell command git would run for `action`.
    func shellCommand(_ action: String) -> String {
        if command.hasPrefix("!") { return String(command.dropFirst()) + " " + action }
        if command.hasPrefix("/") { return command + " " + action }
        return "git credential-" + command + " " + action
    }

    /// The user name and password the helper has for `address`; `nil` when it has none or fails.
    func get(_ address: RemoteAddress, user: String?) -> (String, String)? {
        var input = "protocol=\(address.scheme)\nhost=\(address.host)"
        let defaultPort = address.scheme == "https" ? 443 : 80
        if address.port != defaultPort { input += ":\(address.port)" }
        input += "\n"
        if let user { input += "username=\(user)\n" }
        input += "\n"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", shellCommand("get")]
        var environment = ProcessInfo.processInfo.environment
        environment["HOME"] = home
        environment["GIT_TERMINAL_PROMPT"] = "0"
        process.environment = environment
        let stdin = Pipe()
        let stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            return nil
        }
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try? stdin.fileHandleForWriting.close()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        var name = user
        var password: String?
        for line in String(decoding: output, as: UTF8.self).split(separator: "\n") {
            if line.hasPrefix("username=") { name = String(line.dropFirst(9)) }
            if line.hasPrefix("password=") { password = String(line.dropFirst(9)) }
        }
        guard let name, let password else { return nil }
        return (name, password)
    }
}
