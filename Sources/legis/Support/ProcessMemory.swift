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

    /// Tunes the allocator for a command that runs for a moment and exits: heaps that grow in
    /// large steps and are never trimmed, two of them (arenas) at most. The long-running server
    /// keeps glibc's defaults.
    ///
    /// Two, because a large diff works on two threads (``Parallel``) that both allocate much
    /// (parsing two texts at once): sharing one arena, they took turns at its lock, a few
    /// hundred times on the German Civil Code, each wait a wake-up across cores.
    static func configureForShortCommand() {
        endsWithCommand.withLock { $0 = true }
        mallopt(M_MMAP_THRESHOLD, 256 << 20)
        mallopt(M_TRIM_THRESHOLD, 256 << 20)
        mallopt(M_TOP_PAD, 64 << 20)
        mallopt(M_ARENA_MAX, 2)
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
        adviseSecondArena()
    }

    /// The size and alignment of the heap of an arena other than the main one (glibc's
    /// `HEAP_MAX_SIZE` on 64-bit systems): a chunk's heap starts at its address rounded down to
    /// a multiple of it.
    static let arenaHeapSize = 64 << 20

    /// Makes the second arena now, from a thread that exits at once, and advises its heap for
    /// huge pages too: the threads ``Parallel`` starts later take that arena over. With the
    /// padding set above, glibc makes the heap's whole 64 MiB writable when it creates it, so
    /// huge pages can back it from the first fault.
    private static func adviseSecondArena() {
        var thread = pthread_t()
        let started = pthread_create(
            &thread, nil,
            { _ in
                guard let probe = malloc(64) else { return nil }
                defer { free(probe) }
                let start = Int(bitPattern: probe) & ~(ProcessMemory.arenaHeapSize - 1)
                if let base = UnsafeMutableRawPointer(bitPattern: start) {
                    _ = madvise(base, ProcessMemory.arenaHeapSize, MADV_HUGEPAGE)
                }
                return nil
            }, nil)
        if started == 0 { pthread_join(thread, nil) }
    }
}
