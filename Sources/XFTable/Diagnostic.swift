/// Where a problem sits in the input: a file (relative to the content folder),
/// a physical line (1-based; 0 means the file as a whole), and either a table
/// column name or a character column for text sources such as templates.
public struct SourceLocation: Hashable, Sendable, Comparable {
    public var file: String
    public var line: Int
    public var column: String?
    public var characterColumn: Int?

    public init(file: String, line: Int = 0, column: String? = nil, characterColumn: Int? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.characterColumn = characterColumn
    }

    public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
        if a.file != b.file { return a.file < b.file }
        if a.line != b.line { return a.line < b.line }
        return (a.characterColumn ?? 0) < (b.characterColumn ?? 0)
    }

    /// `cases/2024-01.csv:12` or `guides/路线图.txt:3:7`, as editors and compilers print it.
    public var position: String {
        var text = file
        if line > 0 { text += ":\(line)" }
        if let characterColumn { text += ":\(characterColumn)" }
        return text
    }
}

public enum Severity: String, Sendable, Hashable {
    case error
    case warning
}

/// One problem found in the input, told to a clerk: where, which value, what is
/// wrong and how to fix it. Messages are Chinese. The value is only ever taken
/// from a column the builder understands, never from personal-data columns.
public struct Diagnostic: Error, Hashable, Sendable {
    public var severity: Severity
    /// A stable identifier for machines and tests, such as `csv.unterminated-quote`.
    public var code: String
    public var location: SourceLocation
    public var value: String?
    public var message: String
    public var fix: String

    public init(_ severity: Severity = .error, code: String, at location: SourceLocation,
                value: String? = nil, message: String, fix: String) {
        self.severity = severity
        self.code = code
        self.location = location
        self.value = value
        self.message = message
        self.fix = fix
    }

    /// The one-line form printed by `xfsite check`:
    /// `cases/2024-01.csv:12 列「登记日期」值「2023-02-30」：日期不存在。修改方法：…`
    public var rendered: String {
        var text = location.position
        if let column = location.column { text += " 列「\(column)」" }
        if let value { text += (location.column == nil ? " " : "") + "值「\(Diagnostic.clipped(value))」" }
        let label = severity == .error ? "错误" : "提示"
        text += " \(label)：\(message)"
        if !fix.isEmpty { text += " 修改方法：\(fix)" }
        return text
    }

    /// Long values are cut so that one bad cell cannot flood the report.
    static func clipped(_ value: String) -> String {
        let limit = 40
        guard value.count > limit else { return value }
        return String(value.prefix(limit)) + "…"
    }
}

/// Diagnostics collected while reading, in a stable order for printing.
public struct Diagnostics: Sendable {
    public private(set) var items: [Diagnostic] = []

    public init() {}

    public mutating func append(_ diagnostic: Diagnostic) { items.append(diagnostic) }
    public mutating func append(contentsOf other: [Diagnostic]) { items.append(contentsOf: other) }

    public var errorCount: Int { items.count { $0.severity == .error } }
    public var hasErrors: Bool { items.contains { $0.severity == .error } }

    /// Sorted by file, line and column; equal positions keep the order they were found in.
    public var sorted: [Diagnostic] {
        items.enumerated().sorted { a, b in
            a.element.location == b.element.location ? a.offset < b.offset : a.element.location < b.element.location
        }.map(\.element)
    }
}
