extension DiffSession {
    /// Below this many bytes to diff, the jobs run on the calling thread.
    static let parallelThreshold = 200_000

    /// Runs `jobs` in order and returns the session holding their segments and tallies.
    ///
    /// When there is much to diff, the jobs are cut in two halves of about the same work, run on
    /// two threads, each with its own session, and joined: the result is the same bytes whatever
    /// the timing, since each half is deterministic and the halves are joined in order.
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
        var split = 0
        var done = 0
        while split < jobs.count && done * 2 < total {
            done += jobs[split].size
            split += 1
        }
        func session(_ half: ArraySlice<DiffJob>) -> DiffSession {
            var session = DiffSession(old: old, new: new, oldPieces: oldPieces, newPieces: newPieces, share: 2)
            session.perform(half)
            return session
        }
        let (head, tail) = Parallel.both({ session(jobs[..<split]) }, { session(jobs[split...]) })
        var joined = head
        joined.append(tail)
        return joined
    }

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

    /// Appends the work of `other`, which ran on the jobs that follow this session's.
    mutating func append(_ other: DiffSession) {
        builder.append(other.builder)
        tally.append(other.tally)
    }
}
