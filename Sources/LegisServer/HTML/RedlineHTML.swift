import LegisDiff
import LegisDocument

/// A redline as HTML: the inline text with `<ins>` and `<del>` (moved text with `class="moved"`),
/// a side-by-side synopsis of the changed provisions, and the list of changes.
///
/// Built once per pair of texts and cached: for a large law the inline text is over a megabyte.
/// All text is escaped by ``HTMLWriter``.
struct RedlineHTML: Sendable {
    /// The whole new text as it reads (headings as headings, no front matter, no Markdown
    /// markers) with deletions and insertions marked; each change starts at an anchor `change-N`.
    /// A change of line wrapping is no change and is not marked.
    var inline: String
    /// A table with one row per changed provision: its old text and its new text.
    var synopsis: String
    /// The changed provisions as a list of links, with their kind and word counts.
    var changes: String
    /// Whether some text moved (and is marked as moved in the text and the synopsis).
    var hasMovedText: Bool

    /// The HTML of `redline`; the text before `oldFrontMatterEnd` and `newFrontMatterEnd` (the
    /// front matter of each side) is left out of the text as it reads.
    init(_ redline: Redline, oldFrontMatterEnd: Int = 0, newFrontMatterEnd: Int = 0) {
        let index = SegmentIndex(redline)
        var reading = ReadingWriter(capacity: index.totalBytes + index.totalBytes / 8)
        Self.inline(redline, index, skipping: (oldFrontMatterEnd, newFrontMatterEnd), into: &reading)
        inline = reading.finish()
        synopsis = Self.synopsis(redline, index)
        changes = Self.changeList(redline)
        hasMovedText = redline.hasMovedText
    }

    /// How a change is named: as lawyers name the provision in the redline's language (the path
    /// without one), `old → new` when it moved or was renumbered.
    static func label(_ change: ProvisionChange, _ profile: StructureProfile?) -> String {
        if profile != nil, change.oldPath != nil || change.newPath != nil { return change.displayName(profile) }
        switch (change.oldPath, change.newPath) {
        case (let old?, let new?) where old != new: return "\(old) → \(new)"
        case (_, let new?): return new.description
        case (let old?, nil): return old.description
        case (nil, nil): return "text before the first provision"
        }
    }

    /// The inline redline over the text as it is in the file (front matter and Markdown
    /// included), made only when asked for.
    static func asWritten(_ redline: Redline) -> String {
        let index = SegmentIndex(redline)
        var written = ReadingWriter(capacity: index.totalBytes + index.totalBytes / 8, asWritten: true)
        inline(redline, index, skipping: (0, 0), into: &written)
        return written.finish()
    }

    private static func inline(
        _ redline: Redline, _ index: SegmentIndex, skipping frontMatter: (old: Int, new: Int),
        into writer: inout ReadingWriter
    ) {
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
            // Text in either side's front matter is left out; so is a rewrap's old whitespace.
            let skip: Int
            switch op {
            case .equal: skip = max(frontMatter.old - oldStart, frontMatter.new - newStart)
            case .delete: skip = index.rewrap[position] ? bytes.count : frontMatter.old - oldStart
            case .insert: skip = frontMatter.new - newStart
            }
            let shown = index.rewrap[position] ? Segment.Operation.equal : op
            let moved = index.moved[position]
            var cursor = characterBoundary(bytes, max(0, skip))
            for split in splits {
                let at = characterBoundary(bytes, max(cursor, split.offset))
                writer.add(shown, bytes[cursor..<at], moved: moved)
                writer.anchor(split.number)
                cursor = at
            }
            writer.add(shown, bytes[cursor...], moved: moved)
        }
        for target in oldTargets[nextOld...] { writer.anchor(target.number) }
        for target in newTargets[nextNew...] { writer.anchor(target.number) }
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
            writer.text(label(change, redline.profile))
            writer.raw("</a> <span class=\"kind\">")
            writer.text(change.kind.rawValue)
            writer.raw("</span></th></tr>\n<tr><td>")
            if let range = change.oldRange, !range.isEmpty {
                var cell = ReadingWriter()
                index.write(range, side: .delete, into: &cell)
                writer.raw(fragment: cell.finish())
            } else {
                writer.raw("<span class=\"muted\">—</span>")
            }
            writer.raw("</td><td>")
            if let range = change.newRange, !range.isEmpty {
                var cell = ReadingWriter()
                index.write(range, side: .insert, into: &cell)
                writer.raw(fragment: cell.finish())
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
            writer.text(label(change, redline.profile))
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
