import LegisDocument

extension Redline {
    /// The redline as JSON bytes (UTF-8), in the stable schema of `Docs/diff-json.md`:
    /// `{"segments":[...],"provisions":[...],"stats":{...}}`, keys always in the same order.
    public func json() -> [UInt8] {
        var size = 256
        for segment in segments { size += segment.text.utf8.count + 32 }
        var out = JSONWriter(capacity: size + provisions.count * 160)
        out.raw("{\"segments\":[")
        for (index, segment) in segments.enumerated() {
            if index > 0 { out.raw(",") }
            switch segment.op {
            case .equal: out.raw("{\"op\":\"equal\",\"text\":")
            case .delete: out.raw("{\"op\":\"delete\",\"text\":")
            case .insert: out.raw("{\"op\":\"insert\",\"text\":")
            }
            out.string(segment.text)
            out.raw("}")
        }
        out.raw("],\"provisions\":[")
        for (index, change) in provisions.enumerated() {
            if index > 0 { out.raw(",") }
            out.raw("{\"kind\":")
            out.string(change.kind.rawValue)
            out.raw(",\"old\":")
            out.optionalString(change.oldPath?.description)
            out.raw(",\"new\":")
            out.optionalString(change.newPath?.description)
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
        return out.bytes
    }
}
