import LegisDocument

extension ProvisionPath {
    /// The `id` of the provision's block on a page: the path with `/` replaced by `-`
    /// (`art-5/par-2` → `art-5-par-2`).
    var anchor: String { components.joined(separator: "-") }
}
