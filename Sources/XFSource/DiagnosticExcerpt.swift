import XFText

/// The offending source line with a caret under the reported column, as
/// compilers print it. Full-width characters take two terminal cells, so the
/// caret is indented by display width, not by character count. Templates,
/// guides and settings all print their carets through this one rule.
public enum DiagnosticExcerpt {
    /// The line `diagnostic` points into and the caret under its column; empty
    /// when it names no line or no character column inside `source`.
    public static func lines(for diagnostic: Diagnostic, source: String) -> [String] {
        let location = diagnostic.location
        guard location.characterColumn != nil, let line = line(location.line, of: source) else { return [] }
        return [line, caret(under: location.characterColumn ?? 1, in: line)]
    }

    /// Line `number` (1-based) of `source` without its line break, or nil.
    public static func line(_ number: Int, of source: String) -> String? {
        guard number >= 1 else { return nil }
        // "\r\n" is one Character in Swift, so CRLF lines need their own separator.
        let all = source.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }
        guard number <= all.count else { return nil }
        var line = String(all[number - 1])
        if line.hasSuffix("\r") { line.removeLast() }
        return line
    }

    /// Spaces as wide as the text before `column` (1-based, in characters) in a
    /// terminal, then `^`. Tabs are kept so they expand the same way as the line's.
    public static func caret(under column: Int, in line: String) -> String {
        var indent = ""
        for character in line.prefix(max(1, column) - 1) {
            if character == "\t" { indent += "\t"; continue }
            let wide = character.unicodeScalars.first.map(TextWidth.isWide) ?? false
            indent += wide ? "  " : " "
        }
        return indent + "^"
    }
}
