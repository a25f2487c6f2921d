/// The decoded text of the source files read for one run, by their path inside
/// the content (or template) folder, so a report can print the line a problem
/// points at. Readers of text files without personal data register what they
/// read: settings, guides and templates. Table rows are never kept here: a case
/// export's lines hold names and phone numbers, and the report shows the cell's
/// value instead.
public struct SourceFiles: Sendable {
    private var texts: [String: String] = [:]

    public init() {}

    public mutating func add(_ text: String, path: String) { texts[path] = text }

    public mutating func merge(_ other: SourceFiles) { texts.merge(other.texts) { _, new in new } }

    public func text(of path: String) -> String? { texts[path] }

    public var paths: [String] { texts.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) } }

    /// The source line and caret for `diagnostic`, or nothing when its file was not
    /// kept or it names no character column.
    public func excerpt(for diagnostic: Diagnostic) -> [String] {
        guard let text = texts[diagnostic.location.file] else { return [] }
        return DiagnosticExcerpt.lines(for: diagnostic, source: text)
    }
}
