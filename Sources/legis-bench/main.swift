import Foundation

/// `legis-bench SUBCOMMAND [options]`: benchmark programs that print figures.
let usage = """
    usage: legis-bench SUBCOMMAND [options]

    subcommands:
      diff     legis diff against git diff --word-diff on the BGB corpus
               \(DiffBenchmark.usage)
      verify   legis verify over many endorsements against git verify-tag
               \(VerifyBenchmark.usage)
      parse    the shapes that were once quadratic, at the 8 MiB input limit
               \(ParseBenchmark.usage)
      statute  a statute book of thousands of laws (script/make-statute-repo) against git
               \(StatuteBenchmark.usage)
    """

let arguments = Array(CommandLine.arguments.dropFirst())
do {
    switch arguments.first {
    case "diff":
        try DiffBenchmark(arguments: Array(arguments.dropFirst())).run()
    case "verify":
        try VerifyBenchmark(arguments: Array(arguments.dropFirst())).run()
    case "parse":
        try ParseBenchmark(arguments: Array(arguments.dropFirst())).run()
    case "statute":
        try StatuteBenchmark(arguments: Array(arguments.dropFirst())).run()
    case "-h", "--help", "help":
        print(usage)
    default:
        FileHandle.standardError.write(Data((usage + "\n").utf8))
        exit(2)
    }
} catch {
    FileHandle.standardError.write(Data("legis-bench: \(error)\n".utf8))
    exit(1)
}
