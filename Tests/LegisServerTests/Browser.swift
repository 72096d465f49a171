import Foundation

/// Headless Chromium, run as a separate process for each page.
struct Browser {
    /// The chromium executable on PATH, if any.
    static let path: String? = {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":")
        for folder in folders {
            for name in ["chromium", "chromium-browser"] {
                let candidate = "\(folder)/\(name)"
                if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            }
        }
        return nil
    }()

    let executable: String
    let profile: String

    init(profile: String) throws {
        guard let path = Self.path else { throw BrowserError("chromium is not on PATH") }
        executable = path
        self.profile = profile
    }

    /// The DOM of the page at `url` after loading, as HTML.
    func dumpDOM(_ url: String) async throws -> String {
        let output = profile + "-dom-\(UUID().uuidString).html"
        defer { try? FileManager.default.removeItem(atPath: output) }
        try await run(["--dump-dom", url], output: output)
        return (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
    }

    /// Saves a screenshot of the page at `url`.
    func screenshot(_ url: String, to file: String) async throws {
        try await run(["--screenshot=\(file)", "--window-size=1280,900", "--hide-scrollbars", url], output: nil)
    }

    private func run(_ arguments: [String], output: String?) async throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments =
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--user-data-dir=\(profile)",
            ] + arguments
        if let output {
            _ = FileManager.default.createFile(atPath: output, contents: nil)
            process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: output))
        } else {
            process.standardOutput = FileHandle.nullDevice
        }
        process.standardError = FileHandle.nullDevice
        // A page that never finishes loading must not hang the tests: stop chromium after 90 s.
        let watchdog = Task {
            try await Task.sleep(for: .seconds(90))
            if process.isRunning { process.terminate() }
        }
        defer { watchdog.cancel() }
        let status: Int32 = try await withCheckedThrowingContinuation { continuation in
            process.terminationHandler = { continuation.resume(returning: $0.terminationStatus) }
            do {
                try process.run()
            } catch {
                process.terminationHandler = nil
                continuation.resume(throwing: error)
            }
        }
        guard status == 0 else {
            throw BrowserError("chromium \(arguments.joined(separator: " ")) exited with \(status)")
        }
    }
}

/// Chromium could not be run.
struct BrowserError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
