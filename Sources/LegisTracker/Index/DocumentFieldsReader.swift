import LegisGit
import Synchronization

/// Reads the front-matter fields of many documents' blobs on two threads: the calling thread,
/// with its repository, and one more thread started at once with a repository of its own
/// (a libgit2 handle serves one thread at a time).
///
/// The blobs are shared through one counter, each read once by whichever thread takes it first,
/// so the caller can do other work (the history walk) while the other thread has begun; the
/// result, in the order of ``items``, does not depend on which thread read what.
final class DocumentFieldsReader: Sendable {
    /// One document to read.
    struct Item: Sendable {
        var path: String
        var blob: ObjectID
    }

    /// What to read, in the order of the result.
    let items: [Item]
    /// The next item no thread has taken yet.
    private let next = Atomic<Int>(0)
    /// The other thread and what it read, by item position.
    private let other = Mutex<OtherThread<[(Int, DocumentIndex.Fields)]>?>(nil)

    init(_ items: [Item]) {
        self.items = items
    }

    /// Starts the other thread on the repository whose git folder is `gitDirectory`.
    ///
    /// If it cannot open the repository or read a blob it stops, and ``finish(with:)`` reads
    /// whatever it left on the calling thread (so an error is reported as a one-thread read
    /// reports it).
    func startOtherThread(gitDirectory: String) {
        let thread = OtherThread { [self] in
            var results: [(Int, DocumentIndex.Fields)] = []
            if let repository = try? Repository.open(at: gitDirectory) {
                try? take(with: repository, into: &results)
            }
            return results
        }
        other.withLock { $0 = thread }
    }

    /// Leaves no item for any thread to take and waits for the other thread to stop: what a
    /// caller that gives up on the result does (nothing when ``finish(with:)`` has returned).
    func stop() {
        next.store(items.count, ordering: .relaxed)
        _ = joinOtherThread()
    }

    /// Waits for the other thread, if one was started, and returns what it read.
    private func joinOtherThread() -> [(Int, DocumentIndex.Fields)] {
        other.withLock { (thread) in
            defer { thread = nil }
            return thread
        }?.join() ?? []
    }

    /// Reads the items no thread has taken yet with `repository`, waits for the other thread,
    /// then returns every item's fields in order.
    func finish(with repository: Repository) throws(GitError) -> [DocumentIndex.Fields] {
        var results: [(Int, DocumentIndex.Fields)] = []
        results.reserveCapacity(items.count)
        try take(with: repository, into: &results)
        results += joinOtherThread()
        var fields = [DocumentIndex.Fields?](repeating: nil, count: items.count)
        for (position, value) in results { fields[position] = value }
        var scratch: [UInt8] = []
        // Left by the other thread when it stopped early: read here, where an error is thrown.
        for position in fields.indices where fields[position] == nil {
            fields[position] = try read(position, with: repository, scratch: &scratch)
        }
        return fields.map { $0 ?? DocumentIndex.Fields() }
    }

    /// Takes items one at a time until none is left, adding their fields to `results`.
    private func take(
        with repository: Repository, into results: inout [(Int, DocumentIndex.Fields)]
    ) throws(GitError) {
        var scratch: [UInt8] = []
        while true {
            let position = next.wrappingAdd(1, ordering: .relaxed).oldValue
            guard position < items.count else { return }
            results.append((position, try read(position, with: repository, scratch: &scratch)))
        }
    }

    /// The fields of one item, its blob copied into `scratch` (reused from blob to blob, so that
    /// reading thousands of blobs allocates little).
    private func read(
        _ position: Int, with repository: Repository, scratch: inout [UInt8]
    ) throws(GitError) -> DocumentIndex.Fields {
        let item = items[position]
        return try repository.withBlob(item.blob) { (bytes) in
            scratch.removeAll(keepingCapacity: true)
            scratch.append(contentsOf: bytes.assumingMemoryBound(to: UInt8.self))
            return DocumentIndex.fields(of: scratch, path: item.path)
        }
    }
}
