import XFSource

/// A problem in a template or while rendering one, told the way compilers do:
/// `site-templates/page.html:12:5: 错误：未闭合的区块 {{#units}}`, then the source
/// line and a caret under the column. Line and column are worked out from the
/// byte offset only when an error is made, so the fast path never counts lines.
public struct TemplateError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A stable identifier for tests and tools, such as `template.unclosed-section`.
    public var code: DiagnosticCode
    public var file: String
    /// 1-based; 0 when the problem concerns a whole file or the template set.
    public var line: Int
    /// 1-based, counted in characters (a Chinese character is one column).
    public var column: Int
    public var message: String
    /// How to fix it, or the "您是否想写 …？" suggestion; may be empty.
    public var hint: String
    /// The source line the error points into, without its line break.
    public var sourceLine: String

    init(code: DiagnosticCode, file: String, message: String, hint: String = "") {
        self.code = code
        self.file = file
        self.line = 0
        self.column = 0
        self.message = message
        self.hint = hint
        self.sourceLine = ""
    }

    init(code: DiagnosticCode, file: String, source: [UInt8], offset: Int, message: String, hint: String = "") {
        self.init(code: code, file: file, message: message, hint: hint)
        let offset = min(max(offset, 0), source.count)
        var lineStart = 0
        var line = 1
        for index in 0..<offset where source[index] == 0x0A {
            line += 1
            lineStart = index + 1
        }
        var lineEnd = offset
        while lineEnd < source.count, source[lineEnd] != 0x0A { lineEnd += 1 }
        if lineEnd > lineStart, source[lineEnd - 1] == 0x0D { lineEnd -= 1 }
        self.line = line
        self.column = String(decoding: source[lineStart..<offset], as: UTF8.self).count + 1
        self.sourceLine = String(decoding: source[lineStart..<max(lineStart, lineEnd)], as: UTF8.self)
    }

    /// `file:line:col: 错误：message hint`, the source line, and a caret.
    public var rendered: String {
        var header = file
        if line > 0 { header += ":\(line):\(column)" }
        header += ": 错误：\(message)"
        if !hint.isEmpty { header += "。\(hint)" }
        guard line > 0 else { return header }
        return header + "\n" + sourceLine + "\n" + caretLine
    }

    public var description: String { rendered }

    /// Spaces as wide as the text before the column in a terminal, then `^`.
    var caretLine: String { DiagnosticExcerpt.caret(under: column, in: sourceLine) }

    /// The same problem in the form `xfsite check` collects and prints.
    public var diagnostic: Diagnostic {
        Diagnostic(.error, code: code,
                   at: SourceLocation(file: file, line: line, characterColumn: line > 0 ? column : nil),
                   message: message, fix: hint)
    }
}
