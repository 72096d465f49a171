import Foundation
import Glibc

/// The outcome of running one process to its end.
struct ProcessRun: Sendable {
    /// Wall-clock time from spawn to exit, in seconds.
    var seconds: Double
    /// Peak resident memory of the process, in bytes (`ru_maxrss` from `wait4`).
    var peakMemory: Int
    /// The exit status (or 128 + signal number).
    var status: Int32
    /// Everything the process wrote to standard output, when asked to keep it.
    var output: [UInt8]
}

/// Runs programs as whole processes and measures them: wall time, peak memory, output.
///
/// Standard output goes to a pipe that is drained while the process runs; standard error is
/// passed through.
///
/// The peak memory comes from `wait4`. The child is started by `posix_spawn`, which shares the
/// runner's memory until the `exec`, and Linux counts that in the child's peak: the runner
/// therefore keeps as little as it can (outputs only when asked), so that the figure is the
/// child's own whenever the child uses more than the runner.
enum ProcessRunner {
    /// Runs `executable` with `arguments` and waits for it; keeps its standard output when
    /// `keepOutput`, and otherwise reads and drops it.
    static func run(
        _ executable: String, _ arguments: [String], keepOutput: Bool = true
    ) throws(BenchError) -> ProcessRun {
        var pipeEnds: [Int32] = [0, 0]
        guard pipe(&pipeEnds) == 0 else { throw BenchError("cannot create a pipe: \(errnoText())") }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, pipeEnds[1], 1)
        posix_spawn_file_actions_addclose(&actions, pipeEnds[0])
        posix_spawn_file_actions_addclose(&actions, pipeEnds[1])

        let argv = ([executable] + arguments).map { strdup($0) }
        defer {
            for argument in argv { free(argument) }
        }
        var cArguments = argv.map { UnsafeMutablePointer<CChar>($0) } + [nil]
        var pid: pid_t = 0
        let start = DispatchTime.now().uptimeNanoseconds
        let spawned = posix_spawn(&pid, executable, &actions, nil, &cArguments, environ)
        close(pipeEnds[1])
        guard spawned == 0 else {
            close(pipeEnds[0])
            throw BenchError("cannot start \(executable): \(String(cString: strerror(spawned)))")
        }
        var output: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(pipeEnds[0], $0.baseAddress, $0.count) }
            if count > 0 {
                if keepOutput { output.append(contentsOf: buffer[0..<count]) }
            } else if count == 0 || errno != EINTR {
                break
            }
        }
        close(pipeEnds[0])
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 {
            guard errno == EINTR else { throw BenchError("cannot wait for \(executable): \(errnoText())") }
        }
        let end = DispatchTime.now().uptimeNanoseconds
        let exitStatus = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        return ProcessRun(
            seconds: Double(end - start) / 1e9, peakMemory: Int(usage.ru_maxrss) * 1024, status: exitStatus,
            output: output)
    }

    /// The full path of `name` found on `PATH`, or `name` itself if it has a slash.
    static func locate(_ name: String) throws(BenchError) -> String {
        if name.contains("/") { return name }
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            let candidate = "\(folder)/\(name)"
            if access(candidate, X_OK) == 0 { return candidate }
        }
        throw BenchError("`\(name)` is not on PATH; install it or give its full path")
    }

    private static func errnoText() -> String { String(cString: strerror(errno)) }
}
