extension DiffSession {
    /// Below this many bytes to diff, the jobs run on the calling thread.
    static let parallelThreshold = 200_000

    /// Runs `jobs` in order and returns the session holding their segments and tallies.
    ///
    /// When there is much to diff, the jobs are cut into ``parallelChunks`` runs of about the
    /// same estimated work, which two threads take one after the other (``Parallel/each(_:_:)``),
    /// each run with a session of its own, and the sessions are joined in order: the result is
    /// the same bytes whatever the timing, since each run is deterministic. The estimate (bytes
    /// to diff, an eighth for a replacement) is rough: two fixed halves left one thread waiting
    /// for the other for a tenth of the work on the German Civil Code. Each run's session gets
    /// ``parallelShare`` of the budget.
    static func run(
        _ jobs: [DiffJob], old: [UInt8], new: [UInt8], oldPieces: PieceLocator, newPieces: PieceLocator,
        parallel: Bool = true
    ) -> DiffSession {
        let total = jobs.reduce(0) { $0 + $1.size }
        guard parallel && total >= parallelThreshold else {
            var session = DiffSession(old: old, new: new, oldPieces: oldPieces, newPieces: newPieces)
            session.perform(jobs[...])
            return session
        }
        var bounds = [0]
        var done = 0
        for (index, job) in jobs.enumerated() {
            done += job.size
            if done * parallelChunks >= total * bounds.count, bounds.count < parallelChunks, index + 1 < jobs.count {
                bounds.append(index + 1)
            }
        }
        bounds.append(jobs.count)
        var sessions = Parallel.each(bounds.count - 1) { chunk in
            var session = DiffSession(
                old: old, new: new, oldPieces: oldPieces, newPieces: newPieces, share: parallelShare)
            session.perform(jobs[bounds[chunk]..<bounds[chunk + 1]])
            return session
        }
        // Taken out of the array, so that appending to it does not copy its buffers.
        var joined = sessions.removeFirst()
        joined.reserveCapacity(appending: sessions)
        for session in sessions { joined.append(session) }
        return joined
    }

    /// How many runs the jobs are cut into when they are diffed on two threads.
    static let parallelChunks = 8

    /// The part of the comparison's budget each run gets (a quarter: a run may hold most of the
    /// hard work, and each thread's runs together stay within about one budget).
    static let parallelShare = 4

    /// Runs the jobs in order.
    mutating func perform(_ jobs: ArraySlice<DiffJob>) {
        for job in jobs {
            switch job {
            case .equal(let range): equal(range)
            case .diff(let oldRange, let newRange): diff(oldRange, newRange)
            case .replace(let oldRange, let newRange): replace(oldRange, newRange)
            }
        }
    }

    /// Makes room for appending `others` at once: arrays grown by doubling, run after run,
    /// touched megabytes of fresh memory on a large code for a few more bytes each time.
    mutating func reserveCapacity(appending others: [DiffSession]) {
        builder.reserveCapacity(appending: others.reduce(0) { $0 + $1.builder.segments.count })
        tally.reserveCapacity(
            deleting: others.reduce(0) { $0 + $1.tally.deleted.ids.count },
            inserting: others.reduce(0) { $0 + $1.tally.inserted.ids.count })
    }

    /// Appends the work of `other`, which ran on the jobs that follow this session's.
    mutating func append(_ other: DiffSession) {
        builder.append(other.builder)
        tally.append(other.tally)
    }
}
