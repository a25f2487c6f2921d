import XFTable
import XFText

/// The offending source line with a caret under the reported column, as
/// compilers print it. Full-width characters take two terminal cells, so the
/// caret is indented by display width, not by character count.
public enum DiagnosticExcerpt {
    public static func lines(for diagnostic: Diagnostic, source: String) -> [String] {
        let location = diagnostic.location
        let all = source.split(separator: "\n", omittingEmptySubsequences: false)
        guard location.line >= 1, location.line <= all.count else { return [] }
        var line = String(all[location.line - 1])
        if line.hasSuffix("\r") { line.removeLast() }
        let column = max(1, location.characterColumn ?? 1)
        var indent = ""
        for character in line.prefix(column - 1) {
            if character == "\t" { indent += "\t"; continue }
            let wide = character.unicodeScalars.first.map(TextWidth.isWide) ?? false
            indent += wide ? "  " : " "
        }
        return [line, indent + "^"]
    }
}
