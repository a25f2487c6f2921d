/// Where a problem sits in the input: a file (relative to the content folder),
/// a physical line (1-based; 0 means the file as a whole), and either a table
/// column name or a character column for text sources such as templates. In a
/// workbook the line is the Excel row number, and the sheet and the cell
/// reference (`C17`) say where a clerk finds it.
public struct SourceLocation: Hashable, Sendable, Comparable {
    public var file: String
    public var line: Int
    public var column: String?
    public var characterColumn: Int?
    /// The workbook sheet's name, and its position in the workbook (for sorting).
    public var sheet: String?
    public var sheetIndex: Int
    /// The Excel reference of the cell, such as `C17`.
    public var cell: String?

    public init(file: String, line: Int = 0, column: String? = nil, characterColumn: Int? = nil,
                sheet: String? = nil, sheetIndex: Int = 0, cell: String? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.characterColumn = characterColumn
        self.sheet = sheet
        self.sheetIndex = sheetIndex
        self.cell = cell
    }

    public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
        if a.file != b.file { return a.file < b.file }
        if a.sheetIndex != b.sheetIndex { return a.sheetIndex < b.sheetIndex }
        if a.line != b.line { return a.line < b.line }
        return (a.characterColumn ?? 0) < (b.characterColumn ?? 0)
    }

    /// `cases/2024-01.csv:12` or `guides/路线图.txt:3:7`, as editors and compilers print it;
    /// in a workbook `cases/2025-11.xlsx 工作表「11月」C17` (or `第17行` without a cell).
    public var position: String {
        var text = file
        if let sheet {
            text += " 工作表「\(sheet)」"
            if let cell { text += cell } else if line > 0 { text += "第\(line)行" }
            return text
        }
        if line > 0 { text += ":\(line)" }
        if let characterColumn { text += ":\(characterColumn)" }
        return text
    }

    /// How the column is named after the position: `C17（登记日期）` in a workbook cell,
    /// ` 列「登记日期」` elsewhere.
    var columnLabel: String? {
        guard let column else { return nil }
        return sheet != nil && cell != nil ? "（\(column)）" : " 列「\(column)」"
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
    /// How many problems this entry stands for: 1, or more for the summary that
    /// `DiagnosticLimiter` writes in place of repeats it did not keep.
    public var count: Int

    public init(_ severity: Severity = .error, code: String, at location: SourceLocation,
                value: String? = nil, message: String, fix: String, count: Int = 1) {
        self.severity = severity
        self.code = code
        self.location = location
        self.value = value.map(Diagnostic.stored)
        self.message = message
        self.fix = fix
        self.count = count
    }

    /// The one-line form printed by `xfsite check`:
    /// `cases/2024-01.csv:12 列「登记日期」值「2023-02-30」：日期不存在。修改方法：…`
    public var rendered: String {
        var text = location.position
        if let column = location.columnLabel { text += column }
        if let value { text += (location.column == nil ? " " : "") + "值「\(Diagnostic.clipped(value))」" }
        let label = severity == .error ? "错误" : "提示"
        text += " \(label)：\(message)"
        if !fix.isEmpty { text += " 修改方法：\(fix)" }
        return Diagnostic.visible(text)
    }

    /// Long values are cut so that one bad cell cannot flood the report.
    public static func clipped(_ value: String, limit: Int = 40) -> String {
        // Counting bytes first keeps a 50 MB cell from being walked character by character.
        guard value.utf8.count > limit else { return value }
        let scalars = value.unicodeScalars
        guard let end = scalars.index(scalars.startIndex, offsetBy: limit, limitedBy: scalars.endIndex),
              end != scalars.endIndex else { return value }
        return String(scalars[..<end]) + "…"
    }

    /// A value as kept in a diagnostic: enough to find the cell, never the whole of a huge one.
    static func stored(_ value: String) -> String { clipped(value, limit: 200) }

    /// `text` with control and invisible format characters shown as `<U+001B>`, so a
    /// cell cannot move the terminal's cursor, recolour it or hide itself in a message.
    public static func visible(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isInvisible) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            guard isInvisible(scalar) else { out.append(scalar); continue }
            let hex = String(scalar.value, radix: 16, uppercase: true)
            out.append(contentsOf: "<U+\(String(repeating: "0", count: max(0, 4 - hex.count)) + hex)>".unicodeScalars)
        }
        return String(out)
    }

    static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x09, 0x0B...0x1F, 0x7F...0x9F, 0x200B...0x200F, 0x202A...0x202E, 0x2066...0x2069, 0xFEFF: true
        default: false
        }
    }
}

/// Diagnostics collected while reading, in a stable order for printing.
public struct Diagnostics: Sendable {
    public private(set) var items: [Diagnostic] = []

    public init() {}

    public mutating func append(_ diagnostic: Diagnostic) { items.append(diagnostic) }
    public mutating func append(contentsOf other: [Diagnostic]) { items.append(contentsOf: other) }

    /// Errors found, counting those a limiter summed up rather than kept.
    public var errorCount: Int { items.reduce(0) { $0 + ($1.severity == .error ? $1.count : 0) } }
    public var hasErrors: Bool { items.contains { $0.severity == .error } }

    /// Sorted by file, line and column; equal positions keep the order they were found in.
    public var sorted: [Diagnostic] {
        items.enumerated().sorted { a, b in
            a.element.location == b.element.location ? a.offset < b.offset : a.element.location < b.element.location
        }.map(\.element)
    }
}
