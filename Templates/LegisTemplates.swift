/// The templates shipped with Legis, embedded in the binary.
public enum BuiltInTemplates {
    /// Document templates by name (`law`, `bill`, `strategy`): Markdown with `{{title}}` and
    /// `{{date}}` placeholders.
    public static let documents: [String: String] = [
        "law": text(PackageResources.law_md),
        "bill": text(PackageResources.bill_md),
        "strategy": text(PackageResources.strategy_md),
    ]

    /// Web page templates (Mustache) by name, without extension.
    public static let web: [String: String] = [
        "layout": text(PackageResources.layout_mustache),
        "documents": text(PackageResources.documents_mustache),
        "document": text(PackageResources.document_mustache),
        "history": text(PackageResources.history_mustache),
        "compare": text(PackageResources.compare_mustache),
        "endorsements": text(PackageResources.endorsements_mustache),
        "amendments": text(PackageResources.amendments_mustache),
        "amendment": text(PackageResources.amendment_mustache),
        "stakeholders": text(PackageResources.stakeholders_mustache),
        "error": text(PackageResources.error_mustache),
    ]

    /// The stylesheet of the web interface.
    public static let stylesheet = text(PackageResources.style_css)

    static func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }
}
