import ArgumentParser
import CMalloc
import Foundation
import Glibc
import LegisTracker

/// Runs the command line and exits with 0 (success), 1 (failed operation) or 2 (bad usage).
func runLegis(_ arguments: [String]) async -> Int32 {
    do {
        var command = try Legis.parseAsRoot(arguments)
        if var asyncCommand = command as? any AsyncParsableCommand {
            try await asyncCommand.run()
        } else {
            try command.run()
        }
        return 0
    } catch let error as LegisError {
        Console.error("legis: \(error.message)")
        return error.exitStatus
    } catch let error as CommandFailure {
        if !error.message.isEmpty { Console.error("legis: \(error.message)") }
        return 1
    } catch {
        let code = Legis.exitCode(for: error)
        let message = Legis.fullMessage(for: error)
        if code == .success {
            Console.line(message)
            return 0
        }
        Console.error(message)
        return code == .validationFailure ? 2 : 1
    }
}

/// A failure already reported to the user (for example by `verify`), ending with exit status 1.
struct CommandFailure: Error {
    var message: String = ""
}

let arguments = Array(CommandLine.arguments.dropFirst())
if arguments.first != "serve" {
    // A short-lived command allocates and frees a few large buffers: keeping freed memory in the
    // heap instead of returning it to the system at once saves page faults (about a tenth of the
    // time of a large diff). The long-running server keeps glibc's defaults.
    mallopt(M_MMAP_THRESHOLD, 256 << 20)
    mallopt(M_TRIM_THRESHOLD, 256 << 20)
    mallopt(M_TOP_PAD, 64 << 20)
}
exit(await runLegis(arguments))
