import ArgumentParser
import Foundation
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

exit(await runLegis(Array(CommandLine.arguments.dropFirst())))
