import Foundation

extension Endorsement {
    /// Verifies many endorsement tag objects, spread over the processor's cores; the results are
    /// in the order of `tags`.
    public static func verify(
        batch tags: [[UInt8]]
    ) async -> [Result<Endorsement, EndorsementError>] {
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, tags.count / 256))
        let chunk = (tags.count + workers - 1) / max(workers, 1)
        guard workers > 1 else { return verify(tags, range: tags.indices) }
        return await withTaskGroup(of: (Int, [Result<Endorsement, EndorsementError>]).self) { group in
            for start in stride(from: 0, to: tags.count, by: chunk) {
                let range = start..<min(start + chunk, tags.count)
                group.addTask { (start, verify(tags, range: range)) }
            }
            var parts: [(Int, [Result<Endorsement, EndorsementError>])] = []
            for await part in group { parts.append(part) }
            return parts.sorted { $0.0 < $1.0 }.flatMap(\.1)
        }
    }

    private static func verify(
        _ tags: [[UInt8]], range: Range<Int>
    ) -> [Result<Endorsement, EndorsementError>] {
        range.map { index in
            Result { () throws(EndorsementError) -> Endorsement in try verify(tagBytes: tags[index]) }
        }
    }
}
