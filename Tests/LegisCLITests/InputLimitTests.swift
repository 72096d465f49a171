import Foundation
import LegisTestSupport
import Testing

/// The 8 MiB limit is checked from the file's size before anything is read.
@Suite("Command line, input limits")
struct InputLimitTests {
    @Test func aTwoGibibyteFileIsRefusedAtOnceByDiff() async throws {
        let scratch = try Scratch()
        let small = try scratch.write("small.md", draft1)
        let huge = scratch.file("huge.md")
        #expect(FileManager.default.createFile(atPath: huge, contents: nil))
        #expect(truncate(huge, 2 << 30) == 0)  // sparse: 2 GiB long, no blocks on disk
        let started = ContinuousClock.now
        let outcome = await legis("diff", "--files", small, huge)
        #expect(ContinuousClock.now - started < .milliseconds(500))
        #expect(outcome.status == 1)
        #expect(outcome.error.contains("2147483648 bytes"))
        #expect(outcome.error.contains("8 MiB"))
        #expect(outcome.error.contains("Nothing was read"))
    }
}
