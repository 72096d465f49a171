import LegisDiff
import LegisDocument

/// A redline as HTML: the inline text with `<ins>` and `<del>`, a side-by-side synopsis of the
/// changed provisions, and the list of changes.
///
/// Built once per pair of texts and cached: for a large law the inline text is over a megabyte.
/// All text is escaped by ``HTMLWriter``.
struct RedlineHTML: Sendable {
    /// The whole new text with deletions and insertions marked; each change starts at an anchor
    /// `change-N`.
    var inline: String
    /// A table with one row per changed provision: its old text and its new text.
    var synopsis: String
    /// The changed provisions as a list of links, with their kind and word counts.
    var changes: String

    init(_ redline: Redline) {
        let index = SegmentIndex(redline.segments)
        inline = Self.inline(redline, index)
        synopsis = Self.synopsis(redline, index)
        changes = Self.changeList(redline)
    }

    /// How a change is named: its path, `old → new` when it moved or was renumbered.
    static func label(_ change: ProvisionChange) -> String {
        switch (change.oldPath, change.newPath) {
        case (let old?, let new?) where old != new: "\(old) → \(new)"
        case (_, let new?): new.description
        case (let old?, nil): old.description
        case (nil, nil): "text before the first provision"
        }
    }

    private static func inline(_ redline: Redline, _ index: SegmentIndex) -> String {
        var oldTargets: [(offset: Int, number: Int)] = []
        var newTargets: [(offset: Int, number: Int)] = []
        for (number, change) in redline.provisions.enumerated() {
            if change.kind != .deleted, let range = change.newRange {
                newTargets.append((range.lowerBound, number + 1))
            } else if let range = change.oldRange {
                oldTargets.append((range.lowerBound, number + 1))
            }
        }
        oldTargets.sort { $0.offset < $1.offset }
        newTargets.sort { $0.offset < $1.offset }
        var nextOld = 0
        var nextNew = 0
        var writer = HTMLWriter(capacity: index.totalBytes + index.totalBytes / 8)
        for (position, bytes) in index.bytes.enumerated() {
            let op = index.ops[position]
            let oldStart = index.oldStarts[position]
            let newStart = index.newStarts[position]
            var splits: [(offset: Int, number: Int)] = []
            if op != .insert {
                while nextOld < oldTargets.count, oldTargets[nextOld].offset < oldStart + bytes.count {
                    splits.append((max(0, oldTargets[nextOld].offset - oldStart), oldTargets[nextOld].number))
                    nextOld += 1
                }
            }
            if op != .delete {
                while nextNew < newTargets.count, newTargets[nextNew].offset < newStart + bytes.count {
                    splits.append((max(0, newTargets[nextNew].offset - newStart), newTargets[nextNew].number))
                    nextNew += 1
                }
            }
            splits.sort { $0.offset < $1.offset }
            switch op {
            case .insert: writer.raw("<ins>")
            case .delete: writer.raw("<del>")
            case .equal: break
            }
            var cursor = 0
            for split in splits {
                let at = characterBoundary(bytes, max(cursor, split.offset))
                writer.text(utf8: bytes[cursor..<at])
                writeAnchor(split.number, into: &writer)
                cursor = at
            }
            writer.text(utf8: bytes[cursor...])
            switch op {
            case .insert: writer.raw("</ins>")
            case .delete: writer.raw("</del>")
            case .equal: break
            }
        }
        for target in oldTargets[nextOld...] { writeAnchor(target.number, into: &writer) }
        for target in newTargets[nextNew...] { writeAnchor(target.number, into: &writer) }
        return writer.string
    }

    private static func writeAnchor(_ number: Int, into writer: inout HTMLWriter) {
        writer.raw("<span class=\"anchor\" id=\"change-")
        writer.raw(number: number)
        writer.raw("\"></span>")
    }

    private static func synopsis(_ redline: Redline, _ index: SegmentIndex) -> String {
        guard !redline.provisions.isEmpty else { return "" }
        var writer = HTMLWriter(capacity: 64 * 1024)
        writer.raw(
            "<table class=\"synopsis\">\n<thead><tr><th scope=\"col\">Before</th><th scope=\"col\">After</th></tr></thead>\n"
        )
        for (offset, change) in redline.provisions.enumerated() {
            let number = offset + 1
            writer.raw("<tbody><tr><th colspan=\"2\" class=\"path\" id=\"synopsis-")
            writer.raw(number: number)
            writer.raw("\"><a href=\"#change-")
            writer.raw(number: number)
            writer.raw("\">")
            writer.text(label(change))
            writer.raw("</a> <span class=\"kind\">")
            writer.text(change.kind.rawValue)
            writer.raw("</span></th></tr>\n<tr><td>")
            if let range = change.oldRange, !range.isEmpty {
                index.write(range, side: .delete, into: &writer)
            } else {
                writer.raw("<span class=\"muted\">—</span>")
            }
            writer.raw("</td><td>")
            if let range = change.newRange, !range.isEmpty {
                index.write(range, side: .insert, into: &writer)
            } else {
                writer.raw("<span class=\"muted\">—</span>")
            }
            writer.raw("</td></tr></tbody>\n")
        }
        writer.raw("</table>\n")
        return writer.string
    }

    private static func changeList(_ redline: Redline) -> String {
        guard !redline.provisions.isEmpty else { return "<p class=\"muted\">No provision changed.</p>" }
        var writer = HTMLWriter(capacity: redline.provisions.count * 160)
        writer.raw("<ol class=\"changes\">\n")
        for (offset, change) in redline.provisions.enumerated() {
            let number = offset + 1
            writer.raw("<li><a href=\"#change-")
            writer.raw(number: number)
            writer.raw("\">")
            writer.text(label(change))
            writer.raw("</a> <span class=\"kind\">")
            writer.text(change.kind.rawValue)
            writer.raw("</span> <span class=\"added\">+")
            writer.raw(number: change.insertedWords)
            writer.raw("</span> <span class=\"removed\">−")
            writer.raw(number: change.deletedWords)
            writer.raw("</span> <a href=\"#synopsis-")
            writer.raw(number: number)
            writer.raw("\">synopsis</a></li>\n")
        }
        writer.raw("</ol>\n")
        return writer.string
    }

    /// The first offset at or after `offset` that starts a UTF-8 character.
    static func characterBoundary(_ bytes: [UInt8], _ offset: Int) -> Int {
        var at = min(offset, bytes.count)
        while at < bytes.count && bytes[at] & 0xC0 == 0x80 { at += 1 }
        return at
    }
}
