import LegisDocument

extension Redline {
    /// The redline as JSON bytes (UTF-8), in the stable schema of `Docs/diff-json.md`:
    /// `{"segments":[...],"provisions":[...],"stats":{...}}`, keys always in the same order.
    public func json() -> [UInt8] {
        json(parallel: true)
    }

    /// ``json()`` in consecutive parts, for writing one after the other: a large redline's
    /// JSON is written in parts on two threads, and joining them would copy megabytes into
    /// fresh memory only to write them out.
    public func jsonParts() -> [[UInt8]] {
        jsonParts(parallel: true)
    }

    /// ``json()``, written on two threads when `parallel` and the redline is large.
    func json(parallel: Bool) -> [UInt8] {
        var parts = jsonParts(parallel: parallel)
        guard parts.count > 1 else { return parts.first ?? [] }
        // The first part taken out of the array, so that appending to it does not copy it.
        var out: [UInt8] = []
        swap(&out, &parts[0])
        out.reserveCapacity(parts.reduce(0) { $0 + $1.count })
        for part in parts.dropFirst() { out.append(contentsOf: part) }
        return out
    }

    /// ``jsonParts()``, written on two threads when `parallel` and the redline is large.
    func jsonParts(parallel: Bool) -> [[UInt8]] {
        var sizes: [Int] = []
        sizes.reserveCapacity(segments.count)
        var size = 256
        for segment in segments {
            sizes.append(segment.text.utf8.count + 32)
            size += sizes[sizes.count - 1]
        }
        let tailSize = 256 + provisions.count * 160
        guard parallel, size >= Self.parallelJSONSize else {
            var out = JSONWriter(capacity: size + tailSize)
            writeSegments(0..<segments.count, into: &out)
            writeProvisionsAndStats(into: &out)
            return [out.bytes]
        }
        // The provisions and runs of segments of about the same size, written by two threads
        // that take the next part not yet taken, and kept in order: together the bytes are those
        // written in one go. Escaping costs more on some text than on other, and the provisions
        // more per byte than the segments (so they are taken first), so fixed halves left one
        // thread waiting.
        var bounds = [0]
        var done = 0
        for index in segments.indices {
            done += sizes[index]
            if done * Self.jsonRuns >= size * bounds.count, bounds.count < Self.jsonRuns, index + 1 < segments.count {
                bounds.append(index + 1)
            }
        }
        bounds.append(segments.count)
        let parts = Parallel.each(bounds.count) { part in
            guard part > 0 else {
                var tail = JSONWriter(capacity: tailSize)
                writeProvisionsAndStats(into: &tail)
                return tail
            }
            let range = bounds[part - 1]..<bounds[part]
            // Room for the run's text and an eighth more for escapes.
            let estimate = sizes[range].reduce(0, +)
            var out = JSONWriter(capacity: estimate + estimate / 8 + 64)
            writeSegments(range, into: &out)
            return out
        }
        // The runs of segments in order, then the provisions and statistics.
        return parts.dropFirst().map(\.bytes) + [parts[0].bytes]
    }

    /// How many runs of segments a large redline's JSON is written in.
    static let jsonRuns = 8

    /// Below this estimated size in bytes, JSON is written on the calling thread alone.
    static let parallelJSONSize = 256 * 1024

    /// Writes the opening of the document (before the first segment) and `range` of the segments.
    private func writeSegments(_ range: Range<Int>, into out: inout JSONWriter) {
        if range.lowerBound == 0 { out.raw("{\"segments\":[") }
        for index in range {
            let segment = segments[index]
            if index > 0 { out.raw(",") }
            switch segment.op {
            case .equal: out.raw("{\"op\":\"equal\",\"text\":")
            case .delete: out.raw("{\"op\":\"delete\",\"text\":")
            case .insert: out.raw("{\"op\":\"insert\",\"text\":")
            }
            out.string(segment.text)
            if let move = segment.move {
                out.raw(",\"move\":")
                out.number(move)
            }
            out.raw("}")
        }
    }

    /// Writes everything after the last segment: the provisions and the stats.
    private func writeProvisionsAndStats(into out: inout JSONWriter) {
        out.raw("],\"provisions\":[")
        // Indices, not `enumerated()`: its (offset, element) tuples have their type made at run
        // time on first use.
        for index in provisions.indices {
            let change = provisions[index]
            if index > 0 { out.raw(",") }
            out.raw("{\"kind\":")
            out.string(change.kind.rawValue)
            out.raw(",\"old\":")
            out.path(change.oldPath)
            out.raw(",\"new\":")
            out.path(change.newPath)
            out.raw(",\"insertedWords\":")
            out.number(change.insertedWords)
            out.raw(",\"deletedWords\":")
            out.number(change.deletedWords)
            out.raw(",\"oldRange\":")
            out.range(change.oldRange)
            out.raw(",\"newRange\":")
            out.range(change.newRange)
            if let text = change.movedText {
                out.raw(",\"movedText\":")
                out.string(text)
            }
            out.raw("}")
        }
        out.raw("],\"stats\":{\"insertedWords\":")
        out.number(stats.insertedWords)
        out.raw(",\"deletedWords\":")
        out.number(stats.deletedWords)
        out.raw("}}")
    }
}
