import ArgumentParser
import Dispatch
import Foundation
import Glibc
import LegisTracker

/// Runs the command line and exits with 0 (success), 1 (failed operation) or 2 (bad usage).
func runLegis(_ arguments: [String]) async -> Int32 {
    do {
        if try runQuickForm(arguments) { return 0 }
        var command = try Legis.parseAsRoot(arguments)
        if var asyncCommand = command as? any AsyncParsableCommand {
            try await asyncCommand.run()
        } else {
            try command.run()
        }
        return 0
    } catch {
        return exitStatus(reporting: error)
    }
}

/// Runs `diff` and `log` in their common forms without ArgumentParser (see
/// ``QuickDiffArguments`` and ``QuickLogArguments``); false, having done nothing, for any other
/// arguments.
func runQuickForm(_ arguments: [String]) throws -> Bool {
    if let fileDiff = FileDiff(quick: arguments) {
        try fileDiff.run()
        return true
    }
    if let revisionDiff = RevisionDiff(quick: arguments) {
        try revisionDiff.run()
        return true
    }
    if let log = QuickLogArguments(arguments) {
        try Log.show(id: log.id, limit: log.limit, json: log.json, repo: log.repo)
        return true
    }
    return false
}

/// Runs a command that needs no concurrency (all but `serve`) on the calling thread, without
/// starting Swift's thread pool; nil when the command must run with `runLegis` instead.
func runLegisSynchronously(_ arguments: [String]) -> Int32? {
    do {
        if try runQuickForm(arguments) { return 0 }
        var command = try Legis.parseAsRoot(arguments)
        if command is any AsyncParsableCommand { return nil }
        try command.run()
        return 0
    } catch {
        return exitStatus(reporting: error)
    }
}

/// Reports a failure on standard error (help and version requests on standard output) and
/// gives the exit status for it.
func exitStatus(reporting error: any Error) -> Int32 {
    if let error = error as? LegisError {
        Console.error("legis: \(error.message)")
        return error.exitStatus
    }
    if let error = error as? CommandFailure {
        if !error.message.isEmpty { Console.error("legis: \(error.message)") }
        return 1
    }
    let code = Legis.exitCode(for: error)
    let message = Legis.fullMessage(for: error)
    if code == .success {
        Console.line(message)
        return 0
    }
    Console.error(message)
    return code == .validationFailure ? 2 : 1
}

/// A failure already reported to the user (for example by `verify`), ending with exit status 1.
struct CommandFailure: Error {
    var message: String = ""
}

let arguments = Array(CommandLine.arguments.dropFirst())
if arguments.first != "serve" {
    ProcessMemory.configureForShortCommand()
    if let status = runLegisSynchronously(arguments) { exit(status) }
}
Task { exit(await runLegis(arguments)) }
dispatchMain()
