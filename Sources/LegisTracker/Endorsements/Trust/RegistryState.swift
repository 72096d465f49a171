import LegisGit

/// What a registry change changes: the registry settings of `legis.yml` (the folder and the
/// secretariat) and the contents of the stakeholder folder, by its tree id.
struct RegistryState: Hashable {
    /// The folder of stakeholder files.
    var folder: String
    /// The stakeholder ids whose keys sign registry changes; empty without a trust root.
    var secretariat: [String]
    /// The id of the folder's tree, nil when the folder is absent.
    var tree: ObjectID?
    /// Why `legis.yml` could not be read at this commit, if it could not.
    var configProblem: String?

    /// Whether this state has a secretariat, so that changes to it must be signed.
    var isAnchored: Bool { !secretariat.isEmpty }
}
