import XFTable

// Placeholder until the settings parser lands with the indicators work.
public enum SettingsParser {
    public static func parse(_ text: String, file: String) -> (SiteSettings, [Diagnostic]) { (SiteSettings(), []) }
}
