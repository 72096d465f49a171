import Glibc
import Synchronization

/// Where commands write: standard output and error, or a capture installed by in-process tests.
enum Console {
    /// Text written while a capture is installed goes into it instead of the process's streams.
    final class Capture: Sendable {
        private let buffers = Mutex<(out: String, err: String)>(("", ""))
        init() {}
        var standardOutput: String { buffers.withLock { $0.out } }
        var standardError: String { buffers.withLock { $0.err } }
        func write(_ text: String, error: Bool) {
            buffers.withLock { if error { $0.err += text } else { $0.out += text } }
        }
    }

    @TaskLocal private static var capture: Capture?

    /// Whether a capture was ever installed. Until then writing does not look the task-local
    /// value up: its first use starts part of the concurrency runtime, a cost every short
    /// command paid for the tests' sake.
    private static let captureInstalled = Atomic<Bool>(false)

    /// The capture installed for the current task, if any.
    static var current: Capture? { captureInstalled.load(ordering: .acquiring) ? capture : nil }

    /// Runs `body` with what it writes going into `capture`.
    static func capturing<T>(_ capture: Capture, _ body: () async -> T) async -> T {
        captureInstalled.store(true, ordering: .releasing)
        return await $capture.withValue(capture) { await body() }
    }

    /// Writes a line to standard output.
    static func line(_ text: String = "") { write(text + "\n") }

    /// Writes text to standard output as is.
    static func write(_ text: String) {
        if let capture = current { return capture.write(text, error: false) }
        put(Array(text.utf8), to: STDOUT_FILENO)
    }

    /// Writes bytes to standard output as they are.
    static func write(bytes: [UInt8]) {
        if let capture = current { return capture.write(String(decoding: bytes, as: UTF8.self), error: false) }
        put(bytes, to: STDOUT_FILENO)
    }

    /// Writes consecutive parts of one output to standard output, as they are.
    static func write(parts: [[UInt8]]) {
        if let capture = current {
            return capture.write(parts.map { String(decoding: $0, as: UTF8.self) }.joined(), error: false)
        }
        widenPipe(STDOUT_FILENO, for: parts.reduce(0) { $0 + $1.count })
        for part in parts { put(part, to: STDOUT_FILENO, widening: false) }
    }

    /// Writes a line to standard error.
    static func error(_ text: String) {
        if let capture = current { return capture.write(text + "\n", error: true) }
        put(Array((text + "\n").utf8), to: STDERR_FILENO)
    }

    /// Outputs at least this large widen the pipe they are written to (``widenPipe(_:for:)``).
    static let widePipeOutput = 256 << 10

    /// Asks for a pipe buffer as large as a large output (up to the system's limit for
    /// unprivileged processes, 1 MiB by default) when `descriptor` is a pipe. With Linux's
    /// default 64 KiB, the two megabytes of a large code's JSON redline went through in some
    /// thirty turns of writer and reader, each a wake-up across cores.
    private static func widenPipe(_ descriptor: Int32, for count: Int) {
        // Asking a descriptor that is not a pipe for its pipe size fails.
        guard count >= widePipeOutput, fcntl(descriptor, getPipeSize) > 0 else { return }
        _ = fcntl(descriptor, setPipeSize, Int32(min(count, 1 << 20)))
    }

    /// `F_SETPIPE_SZ` and `F_GETPIPE_SZ` (Linux's `F_LINUX_SPECIFIC_BASE + 7` and `+ 8`), which
    /// Glibc's module does not export.
    private static let setPipeSize: Int32 = 1031
    private static let getPipeSize: Int32 = 1032

    /// Writes all of `bytes` to `descriptor`, again after an interruption; a closed pipe ends
    /// the writing quietly.
    private static func put(_ bytes: [UInt8], to descriptor: Int32, widening: Bool = true) {
        if widening { widenPipe(descriptor, for: bytes.count) }
        bytes.withUnsafeBytes { buffer in
            guard var next = buffer.baseAddress else { return }
            var left = buffer.count
            while left > 0 {
                let written = Glibc.write(descriptor, next, left)
                if written > 0 {
                    next += written
                    left -= written
                } else if written < 0 && errno != EINTR {
                    return
                }
            }
        }
    }

    /// Whether standard output is a terminal (for colour).
    static var isTerminal: Bool { current == nil && isatty(STDOUT_FILENO) == 1 }
}
