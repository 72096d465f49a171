extension BuiltInTemplates {
    /// The members' page templates (Mustache) by name: sign-in, enrolment, invitations, editing,
    /// endorsing, tabling amendments and recording decisions, and the partials they share.
    public static let memberWeb: [String: String] = [
        "member-bar": text(PackageResources.member_bar_mustache),
        "doc-nav": text(PackageResources.doc_nav_mustache),
        "signin": text(PackageResources.signin_mustache),
        "enrol": text(PackageResources.enrol_mustache),
        "notice": text(PackageResources.notice_mustache),
        "invite": text(PackageResources.invite_mustache),
        "edit": text(PackageResources.edit_mustache),
        "endorse": text(PackageResources.endorse_mustache),
        "endorse-sign": text(PackageResources.endorse_sign_mustache),
        "tabling-fields": text(PackageResources.tabling_fields_mustache),
        "amendment-new": text(PackageResources.amendment_new_mustache),
        "amendment-conflict": text(PackageResources.amendment_conflict_mustache),
    ]

    /// The members' script: the key in the browser, SSHSIG signing (served as `/legis.js`).
    public static let script = text(PackageResources.legis_js)
}
