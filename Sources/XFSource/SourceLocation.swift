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
