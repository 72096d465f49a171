import Foundation
import LegisTestSupport
import Testing

/// The built `legis` writing a large redline into a pipe, as a script reading its output sees it.
@Suite("Command line, large outputs into a pipe")
struct PipeOutputTests {
    let binary = repositoryRoot + "/.build/debug/legis"

    /// Runs `legis diff --files OLD NEW --format json` with its output into a pipe and prints the
    /// bytes read and the pipe's buffer size once `legis` has exited.
    private func pipeSize(old: String, new: String, in folder: TemporaryFolder) throws -> (bytes: Int, pipe: Int) {
        let script = """
            import fcntl, os, subprocess, sys
            read, write = os.pipe()
            child = subprocess.Popen(sys.argv[1:], stdout=write)
            os.close(write)
            total = 0
            while chunk := os.read(read, 1 << 16):
                total += len(chunk)
            child.wait()
            print(child.returncode, total, fcntl.fcntl(read, 1032))  # F_GETPIPE_SZ
            """
        let result = try Tool.run(
            "python3", ["-c", script, binary, "diff", "--files", old, new, "--format", "json"], in: folder.path)
        let fields = result.output.split(separator: " ").compactMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        try #require(fields.count == 3, "\(result.output) \(result.error)")
        #expect(fields[0] == 0)
        return (fields[1], fields[2])
    }

    private func bill(articles: Int, years: String) -> String {
        (1...articles).map { "## Article \($0)\n\n(1) Records are kept for \(years) after the contract ends.\n\n" }
            .joined()
    }

    @Test("A large output widens the pipe to 1 MiB; a small one leaves it as it is")
    func largeOutputWidensThePipe() throws {
        try #require(FileManager.default.isExecutableFile(atPath: binary), "build the legis product first")
        let folder = try TemporaryFolder()
        let old = try folder.write("old.md", bill(articles: 3_000, years: "three years"))
        let new = try folder.write("new.md", bill(articles: 3_000, years: "five years"))
        let large = try pipeSize(old: old, new: new, in: folder)
        #expect(large.bytes > 256 << 10)
        #expect(large.pipe == 1 << 20)
        let smallOld = try folder.write("small-old.md", bill(articles: 3, years: "three years"))
        let smallNew = try folder.write("small-new.md", bill(articles: 3, years: "five years"))
        let small = try pipeSize(old: smallOld, new: smallNew, in: folder)
        #expect(small.bytes < 64 << 10)
        #expect(small.pipe == 64 << 10)
    }
}
