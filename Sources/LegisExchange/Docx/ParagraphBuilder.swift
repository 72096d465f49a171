import LegisDiff
import LegisDocument

/// Turns the segments of a redline into Word paragraphs with tracked changes.
///
/// Each side's Markdown is read through its ``TextLayout``. Between two stretches that show
/// alike on both sides, the deleted and the inserted text are laid out paragraph by paragraph,
/// side by side: a paragraph's deleted text, then its inserted text, then its mark, which is
/// unchanged where both sides end a paragraph there and a deleted or inserted mark where only
/// one side does. So every word stays in its side's paragraph and in order, and a paragraph
/// mark is a revision only where the paragraphs really differ: accepting every change gives
/// the new text's paragraphs, rejecting every change the old one's, in a word processor and in
/// readers such as pandoc that move the text of a paragraph whose mark goes away into the next
/// body paragraph (past any heading in between).
///
/// A paragraph takes the style of the new text's paragraph its mark ends (the old text's for a
/// deleted mark); where the old text's paragraph had another style, that style is recorded as a
/// tracked change of the paragraph's properties.
struct ParagraphBuilder {
    private let old: TextLayout
    private let new: TextLayout
    private let attribution: RevisionAttribution?
    private(set) var paragraphs: [DocxParagraph] = []
    private var current = DocxParagraph(style: .normal, runs: [], mark: .none)
    private var styled = false
    private var pending: [UInt8] = []
    private var pendingChange: DocxParagraph.Change = .none
    /// What the deleted and the inserted text since the last shared text show, in order.
    private var deleted: [Item] = []
    private var inserted: [Item] = []

    /// What one byte of one side shows as.
    private enum Shown: Equatable {
        case byte(UInt8)
        case nothing, space, paragraph
    }

    /// One byte of one side as it shows, with where it stands in both sources.
    private struct Item {
        var shown: Shown
        var old: Int
        var new: Int
    }

    init(old: Document, new: Document, attribution: RevisionAttribution?) {
        self.old = TextLayout(old)
        self.new = old.source == new.source ? self.old : TextLayout(new)
        self.attribution = attribution
    }

    /// The paragraphs of `segments`, whose equal and deleted text is the old source and whose
    /// equal and inserted text is the new source.
    static func paragraphs(
        _ segments: [Segment], old: Document, new: Document, attribution: RevisionAttribution?
    ) -> [DocxParagraph] {
        var builder = ParagraphBuilder(old: old, new: new, attribution: attribution)
        var oldOffset = 0
        var newOffset = 0
        for segment in segments {
            for byte in segment.text.utf8 {
                switch segment.op {
                case .equal:
                    builder.equal(byte, old: oldOffset, new: newOffset)
                    oldOffset += 1
                    newOffset += 1
                case .delete:
                    let shown = builder.shown(byte, builder.old, oldOffset)
                    if shown != .nothing { builder.deleted.append(Item(shown: shown, old: oldOffset, new: newOffset)) }
                    oldOffset += 1
                case .insert:
                    let shown = builder.shown(byte, builder.new, newOffset)
                    if shown != .nothing { builder.inserted.append(Item(shown: shown, old: oldOffset, new: newOffset)) }
                    newOffset += 1
                }
            }
        }
        builder.flushChange()
        builder.closeParagraph(mark: .none, force: false, oldEnd: nil, newEnd: nil)
        return builder.paragraphs
    }

    private func shown(_ byte: UInt8, _ layout: TextLayout, _ offset: Int) -> Shown {
        guard offset < layout.roles.count else { return .nothing }
        switch layout.roles[offset] {
        case .text: return .byte(byte)
        case .hidden: return .nothing
        case .space: return .space
        case .paragraphEnd: return .paragraph
        }
    }

    /// A byte both sides share: shown alike, it ends the change before it; shown differently (a
    /// line break that ends a paragraph on one side only), it is part of that change.
    private mutating func equal(_ byte: UInt8, old oldOffset: Int, new newOffset: Int) {
        let before = shown(byte, old, oldOffset)
        let after = shown(byte, new, newOffset)
        if before == after {
            guard before != .nothing else { return }
            flushChange()
            if before == .paragraph {
                closeParagraph(mark: .none, force: false, oldEnd: oldOffset, newEnd: newOffset)
            } else {
                emit(after, .equal, old: oldOffset, new: newOffset)
            }
            return
        }
        if before != .nothing { deleted.append(Item(shown: before, old: oldOffset, new: newOffset)) }
        if after != .nothing { inserted.append(Item(shown: after, old: oldOffset, new: newOffset)) }
    }

    /// Lays out the deleted and inserted text since the last shared text, paragraph by paragraph.
    ///
    /// The parts are paired from the end, so that the text after the change follows the
    /// inserted text (and the deleted text) in one paragraph, and a side's extra paragraph ends
    /// come first: a reader that joins a paragraph to the next one when its mark goes away then
    /// joins at the change's start, where the text before it ends a word.
    private mutating func flushChange() {
        guard !deleted.isEmpty || !inserted.isEmpty else { return }
        let oldParts = Self.paragraphParts(deleted)
        let newParts = Self.paragraphParts(inserted)
        deleted.removeAll(keepingCapacity: true)
        inserted.removeAll(keepingCapacity: true)
        let count = max(oldParts.count, newParts.count)
        for index in 0..<count {
            let oldIndex = index - (count - oldParts.count)
            let newIndex = index - (count - newParts.count)
            let oldPart = oldIndex >= 0 ? oldParts[oldIndex] : nil
            let newPart = newIndex >= 0 ? newParts[newIndex] : nil
            emitPair(oldPart?.items ?? [], newPart?.items ?? [])
            switch (oldPart?.end, newPart?.end) {
            case (let oldEnd?, let newEnd?):
                closeParagraph(mark: .none, force: false, oldEnd: oldEnd.old, newEnd: newEnd.new)
            case (let oldEnd?, nil):
                closeParagraph(
                    mark: change(.delete, old: oldEnd.old, new: oldEnd.new), force: true, oldEnd: oldEnd.old,
                    newEnd: nil)
            case (nil, let newEnd?):
                closeParagraph(
                    mark: change(.insert, old: newEnd.old, new: newEnd.new), force: true, oldEnd: nil,
                    newEnd: newEnd.new)
            case (nil, nil):
                break
            }
        }
    }

    /// One paragraph's deleted and inserted text.
    ///
    /// Spaces both start or end with (a space that is a line break on one side) are shown
    /// unchanged. Letters are not: a word changed stays a whole word deleted and a whole word
    /// inserted.
    private mutating func emitPair(_ oldItems: [Item], _ newItems: [Item]) {
        func blank(_ item: Item) -> Bool { item.shown == .space || item.shown == .byte(0x20) }
        var start = 0
        while start < oldItems.count, start < newItems.count, blank(oldItems[start]), blank(newItems[start]) {
            start += 1
        }
        var end = 0
        while end < oldItems.count - start, end < newItems.count - start, blank(oldItems[oldItems.count - 1 - end]),
            blank(newItems[newItems.count - 1 - end])
        {
            end += 1
        }
        for item in newItems[..<start] { emit(item.shown, .equal, old: item.old, new: item.new) }
        for item in oldItems[start..<(oldItems.count - end)] { emit(item.shown, .delete, old: item.old, new: item.new) }
        for item in newItems[start..<(newItems.count - end)] { emit(item.shown, .insert, old: item.old, new: item.new) }
        for item in newItems[(newItems.count - end)...] { emit(item.shown, .equal, old: item.old, new: item.new) }
    }

    /// Items cut at their paragraph ends: each part's items and the paragraph end that closes it
    /// (none for the last part).
    private static func paragraphParts(_ items: [Item]) -> [(items: [Item], end: Item?)] {
        var parts: [(items: [Item], end: Item?)] = []
        var run: [Item] = []
        for item in items {
            if item.shown == .paragraph {
                parts.append((run, item))
                run = []
            } else {
                run.append(item)
            }
        }
        parts.append((run, nil))
        return parts
    }

    private mutating func emit(_ shown: Shown, _ op: Segment.Operation, old oldOffset: Int, new newOffset: Int) {
        let byte: UInt8
        switch shown {
        case .nothing, .paragraph: return
        case .space: byte = 0x20
        case .byte(let value): byte = value
        }
        let change = self.change(op, old: oldOffset, new: newOffset)
        if !styled {
            current.style = op == .delete ? old.style(at: oldOffset) : new.style(at: newOffset)
            styled = true
        }
        if change != pendingChange { flushRun() }
        pendingChange = change
        pending.append(byte)
    }

    private func change(_ op: Segment.Operation, old oldOffset: Int, new newOffset: Int) -> DocxParagraph.Change {
        guard let attribution else { return .none }
        switch op {
        case .equal: return .none
        case .insert: return .insert(author(new: newOffset, attribution))
        case .delete:
            let author = old.provision(at: oldOffset).flatMap { attribution.byOldPath[$0.description] }
            return .delete(author ?? attribution.fallback)
        }
    }

    private func author(new newOffset: Int, _ attribution: RevisionAttribution) -> RevisionAuthor {
        new.provision(at: newOffset).flatMap { attribution.byNewPath[$0.description] } ?? attribution.fallback
    }

    private mutating func flushRun() {
        guard !pending.isEmpty else { return }
        let text = String(decoding: pending, as: UTF8.self)
        if let last = current.runs.last, last.change == pendingChange {
            current.runs[current.runs.count - 1].text += text
        } else {
            current.runs.append(DocxParagraph.Run(text: text, change: pendingChange))
        }
        pending.removeAll(keepingCapacity: true)
    }

    /// Ends the current paragraph with `mark`; `oldEnd` and `newEnd` are where the mark stands in
    /// the sources that have it, and give the paragraph its style.
    private mutating func closeParagraph(mark: DocxParagraph.Change, force: Bool, oldEnd: Int?, newEnd: Int?) {
        flushRun()
        if !current.runs.isEmpty || force {
            current.mark = mark
            if let newEnd {
                current.style = new.style(at: newEnd)
                if let oldEnd, let attribution {
                    let before = old.style(at: oldEnd)
                    if before != current.style {
                        current.styleChange = DocxParagraph.StyleChange(
                            old: before, author: author(new: newEnd, attribution))
                    }
                }
            } else if let oldEnd {
                current.style = old.style(at: oldEnd)
            }
            paragraphs.append(current)
        }
        current = DocxParagraph(style: .normal, runs: [], mark: .none)
        styled = false
        pendingChange = .none
    }
}
