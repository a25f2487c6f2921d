import XFSource

// The problems the site's template folder can have beyond the templates' own.
extension DiagnosticCode {
    public static let templateMissingAssets: DiagnosticCode = "template.missing-assets"
    public static let templateMissingStylesheet: DiagnosticCode = "template.missing-stylesheet"
}
