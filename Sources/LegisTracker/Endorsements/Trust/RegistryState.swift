import LegisGit

/// What a registry change changes: the registry settings of `legis.yml` (the folder and the
/// secretariat), the contents of the stakeholder folder and of the members folder, by tree id.
struct RegistryState: Hashable {
    /// The folder of stakeholder files.
    var folder: String
    /// The stakeholder ids whose keys sign registry changes; empty without a trust root.
    var secretariat: [String]
    /// The id of the folder's tree, nil when the folder is absent.
    var tree: ObjectID?
    /// The id of the members folder's tree (people, their roles and browser keys), nil when absent.
    var members: ObjectID? = nil
    /// Why `legis.yml` could not be read at this commit, if it could not.
    var configProblem: String?

    /// Whether this state has a secretariat, so that changes to it must be signed.
    var isAnchored: Bool { !secretariat.isEmpty }
}
