import CMalloc
import Glibc
import Synchronization

/// Memory settings for a short-lived command.
enum ProcessMemory {
    /// Whether the process ends when its command does (set for every command but `serve`).
    private static let endsWithCommand = Mutex(false)

    /// Keeps `value` until the process exits when the process ends with its command: freeing a
    /// large result piece by piece just before exit is wasted time (two parsed versions of a
    /// large code and their redline hold tens of thousands of strings and arrays). Otherwise (in
    /// the server, in tests) it does nothing.
    static func keepUntilExit(_ value: Any) {
        guard endsWithCommand.withLock({ $0 }) else { return }
        _ = Unmanaged.passRetained(Kept(value))
    }

    /// Not generic, and given one value at a time: the metadata of a generic class, or of a
    /// tuple, is made by the runtime on first use, tens of microseconds each.
    private final class Kept {
        let value: Any
        init(_ value: Any) { self.value = value }
    }

    /// Tunes the allocator for a command that runs for a moment and exits: every thread
    /// allocates from one heap that grows in large steps and is never trimmed. The long-running
    /// server keeps glibc's defaults.
    static func configureForShortCommand() {
        endsWithCommand.withLock { $0 = true }
        mallopt(M_MMAP_THRESHOLD, 256 << 20)
        mallopt(M_TRIM_THRESHOLD, 256 << 20)
        mallopt(M_TOP_PAD, 64 << 20)
        mallopt(M_ARENA_MAX, 1)
    }

    /// Inputs at least this large (both versions together) get a heap of huge pages.
    static let hugePageInput = 256 << 10

    /// Backs the rest of the heap with transparent huge pages where the system allows it
    /// (`madvise` mode), for a command about to work through `inputBytes` of text.
    ///
    /// A large diff touches some twenty megabytes of fresh memory; taken a 4 KiB page at a time,
    /// the page faults cost about a fifth of its time, and one fault per 2 MiB is much cheaper.
    /// A short law's diff touches a megabyte or two, less than the kernel's clearing of a single
    /// huge page costs, so below ``hugePageInput`` nothing changes. Call after
    /// ``configureForShortCommand()``.
    static func adviseHugePages(inputBytes: Int) {
        guard inputBytes >= hugePageInput, endsWithCommand.withLock({ $0 }) else { return }
        // An allocation larger than what is left grows the heap by the padding set above;
        // advise that stretch.
        guard let first = malloc(4 << 20) else { return }
        defer { free(first) }
        let hugePage = 2 << 20
        let start = (Int(bitPattern: first) + hugePage - 1) & ~(hugePage - 1)
        let end = Int(bitPattern: sbrk(0))
        guard end > start, let base = UnsafeMutableRawPointer(bitPattern: start) else { return }
        _ = madvise(base, end - start, MADV_HUGEPAGE)
    }
}
