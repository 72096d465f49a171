public import LegisDocument

/// One amending instruction. Provisions are named as numbered in the text as the instructions
/// before it left it: as in the text being amended until a renumbering, by their new numbers
/// after it; an inserted provision is named by its new number.
public enum Instruction: Sendable, Hashable {
    /// Words of a provision's own text replaced (by nothing: deleted).
    case replaceWords(target: ProvisionPath, old: String, new: String)
    /// A provision, with everything inside it, replaced by new text.
    case replaceProvision(target: ProvisionPath, text: String)
    /// A new provision inserted after another (with everything inside that one).
    case insertAfter(anchor: ProvisionPath, new: ProvisionPath, text: String)
    /// A new provision inserted as the first inside another.
    case insertAtStart(parent: ProvisionPath, new: ProvisionPath, text: String)
    /// A provision, with everything inside it, repealed.
    case repeal(target: ProvisionPath)
    /// A provision given a new number (`new`: its full path, the last component changed); what is
    /// inside it follows.
    case renumber(target: ProvisionPath, new: ProvisionPath)
    /// Provisions of one kind at the top of the text (articles, chapters) given new numbers at
    /// once, each `targets` element becoming the `new` element at the same place.
    case renumberAll(targets: [ProvisionPath], new: [ProvisionPath])
    /// The text before the first provision (title, preamble) replaced.
    case replaceOpening(text: String)
}
