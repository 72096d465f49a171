import LegisDiff
import LegisDocument

/// Turns the segments of a redline into Word paragraphs with tracked changes.
///
/// Each side's Markdown is read through its ``TextLayout``: a line break that ends a paragraph
/// in one version and is a soft wrap in the other becomes a deleted space and an inserted
/// paragraph mark (or the reverse), so accepting every change gives the new text's paragraphs
/// and rejecting every change the old one's.
struct ParagraphBuilder {
    private let old: TextLayout
    private let new: TextLayout
    private let attribution: RevisionAttribution?
    private(set) var paragraphs: [DocxParagraph] = []
    private var current = DocxParagraph(style: .normal, runs: [], mark: .none)
    private var styled = false
    private var pending: [UInt8] = []
    private var pendingChange: DocxParagraph.Change = .none

    /// What one byte of one side shows as.
    private enum Shown: Equatable {
        case byte(UInt8)
        case nothing, space, paragraph
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
                    builder.emit(builder.shown(byte, builder.old, oldOffset), .delete, old: oldOffset, new: newOffset)
                    oldOffset += 1
                case .insert:
                    builder.emit(builder.shown(byte, builder.new, newOffset), .insert, old: oldOffset, new: newOffset)
                    newOffset += 1
                }
            }
        }
        builder.closeParagraph(mark: .none, force: false)
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

    private mutating func equal(_ byte: UInt8, old oldOffset: Int, new newOffset: Int) {
        let before = shown(byte, old, oldOffset)
        let after = shown(byte, new, newOffset)
        if before == after {
            emit(after, .equal, old: oldOffset, new: newOffset)
        } else if before == .paragraph {
            emit(after, .insert, old: oldOffset, new: newOffset)
            emit(before, .delete, old: oldOffset, new: newOffset)
        } else {
            emit(before, .delete, old: oldOffset, new: newOffset)
            emit(after, .insert, old: oldOffset, new: newOffset)
        }
    }

    private mutating func emit(_ shown: Shown, _ op: Segment.Operation, old oldOffset: Int, new newOffset: Int) {
        let change = self.change(op, old: oldOffset, new: newOffset)
        switch shown {
        case .nothing: return
        case .paragraph: closeParagraph(mark: change, force: change != .none)
        case .space, .byte:
            if !styled {
                current.style = op == .delete ? old.style(at: oldOffset) : new.style(at: newOffset)
                styled = true
            }
            if change != pendingChange { flushRun() }
            pendingChange = change
            if case .byte(let byte) = shown { pending.append(byte) } else { pending.append(0x20) }
        }
    }

    private func change(_ op: Segment.Operation, old oldOffset: Int, new newOffset: Int) -> DocxParagraph.Change {
        guard let attribution else { return .none }
        switch op {
        case .equal: return .none
        case .insert:
            let author = new.provision(at: newOffset).flatMap { attribution.byNewPath[$0.description] }
            return .insert(author ?? attribution.fallback)
        case .delete:
            let author = old.provision(at: oldOffset).flatMap { attribution.byOldPath[$0.description] }
            return .delete(author ?? attribution.fallback)
        }
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

    private mutating func closeParagraph(mark: DocxParagraph.Change, force: Bool) {
        flushRun()
        if !current.runs.isEmpty || force {
            current.mark = mark
            paragraphs.append(current)
        }
        current = DocxParagraph(style: .normal, runs: [], mark: .none)
        styled = false
        pendingChange = .none
    }
}
