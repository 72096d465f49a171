import CMalloc
import Glibc
import Synchronization

/// Memory settings for a short-lived command.
enum ProcessMemory {
    /// Whether the process ends when its command does (set for every command but `serve`).
    private static let endsWithCommand = Mutex(false)

    /// The size of a page of memory.
    private static let page = 4096

    /// The address of the block that aligns the heap for huge pages (``adviseHugePages``).
    private static let filler = Mutex(0)

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
    ///
    /// Measured on a 2-core virtual machine: a fresh 4 KiB page costs some 1.2 µs to fault in
    /// (the kernel's entry, a zeroed page, its memory-cgroup charge), one 2 MiB huge page some
    /// 60 µs. Comparing two short laws (25 KB each) touches about 120 pages of heap, so one huge
    /// page is already cheaper; two texts of a few kilobytes touch fewer than fifty.
    static let hugePageInput = 256 << 10

    /// Backs the rest of the heap with transparent huge pages where the system allows it
    /// (`madvise` mode), for a command about to work through `inputBytes` of text, and makes the
    /// second arena when the work will run on two threads (`parallelBytes` and more).
    ///
    /// The heap's top is first moved to a 2 MiB boundary by a filler block that is never touched
    /// (only its header is written): the kernel backs only whole, aligned 2 MiB stretches of the
    /// heap with huge pages, and without the filler the first megabyte or so of the work would
    /// still go to 4 KiB pages. Call after ``configureForShortCommand()``.
    static func adviseHugePages(inputBytes: Int, parallelBytes: Int = .max) {
        guard inputBytes >= hugePageInput, endsWithCommand.withLock({ $0 }) else { return }
        let hugePage = 2 << 20
        // The main heap's top block runs from `top` to the end of the heap.
        let end = Int(bitPattern: sbrk(0))
        let top = end - Int(mallinfo2().keepcost)
        var boundary = (top + hugePage - 1) & ~(hugePage - 1)
        if boundary - top < 2 * page { boundary += hugePage }
        // The filler ends a page short of the boundary: making it writes the header of the
        // heap's new top just after it, and a page written before the advice below stays a
        // 4 KiB one. A request of n bytes takes a block of n + 8 bytes rounded up to 16, header
        // included; growing the heap for it adds the padding set above.
        if let filler = malloc(boundary - page - top - 8) {
            // Kept where the optimiser sees it used: an allocation never used may be left out.
            Self.filler.withLock { $0 = Int(bitPattern: filler) }
        }
        let grown = Int(bitPattern: sbrk(0))
        guard grown >= boundary + hugePage, let base = UnsafeMutableRawPointer(bitPattern: boundary) else { return }
        _ = madvise(base, grown - boundary, MADV_HUGEPAGE)
        if inputBytes >= parallelBytes { adviseSecondArena() }
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
