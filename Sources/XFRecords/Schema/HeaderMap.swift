import XFSource

/// Where each schema column sits in a file's header, found by canonical name or
/// alias (English aliases case-insensitively, cells trimmed of ASCII and
/// full-width spaces). Unknown columns are only listed, never read.
public struct HeaderMap: Sendable {
    /// For each schema column, its field index in the file, if present.
    public let fieldOf: [Int?]
    /// The header as written, for naming columns in messages.
    public let header: [String]
    public let ignored: [String]

    /// Maps `header`; a missing required column or a column given twice is an
    /// error for the whole file, returned as diagnostics with a nil map.
    public static func map(_ header: [String], schema: TableSchema, file: String, line: Int) -> (HeaderMap?, [Diagnostic]) {
        var fieldOf = [Int?](repeating: nil, count: schema.columns.count)
        var ignored: [String] = []
        var problems = DiagnosticLimiter()
        let trimmed = header.map { CellText.trim($0) }
        let names = ColumnNames(schema)
        for (field, cell) in trimmed.enumerated() {
            guard let column = names.column(of: cell) else {
                // A header of a million unknown cells must not become a million-name list.
                if !cell.isEmpty && ignored.count < ignoredLimit { ignored.append(Diagnostic.clipped(cell)) }
                continue
            }
            if let earlier = fieldOf[column] {
                problems.append(Diagnostic(
                    code: .headerDuplicate, at: SourceLocation(file: file, line: line, column: cell),
                    message: "表头中「\(trimmed[earlier])」和「\(cell)」都表示「\(schema.columns[column].name)」，无法确定读哪一列。",
                    fix: "删去其中一列，或把不用的那一列改成别的名称。"))
                continue
            }
            fieldOf[column] = field
        }
        for (column, spec) in schema.columns.enumerated() where spec.isRequired && fieldOf[column] == nil {
            let accepted = ([spec.name] + spec.aliases).map { "「\($0)」" }.joined(separator: "、")
            let near = Suggestion.closest(to: spec.name, among: ignored).map { "表头中的「\($0)」是否就是这一列？" } ?? ""
            problems.append(Diagnostic(
                code: .headerMissingColumn, at: SourceLocation(file: file, line: line, column: spec.name),
                message: "缺少必填列「\(spec.name)」（\(schema.title)表），整个文件无法读取。",
                fix: "在第一行表头加上这一列，可用的列名：\(accepted)。\(near)"))
        }
        let diagnostics = problems.diagnostics
        let map = HeaderMap(fieldOf: fieldOf, header: trimmed, ignored: ignored)
        return (diagnostics.isEmpty ? map : nil, diagnostics)
    }

    /// At most this many unknown header cells are listed.
    static let ignoredLimit = 100

    /// The header is the first row within this many (non-blank) rows that names the
    /// required columns: exports put a title, an 导出时间 line or blank rows above it.
    static let searchRows = 10

    /// No header is wider than Excel's grid.
    static let widestHeader = 16_384

    /// Whether every cell of `cells` is a column name (or alias) of `schema`.
    static func namesOnly(_ cells: [String], schema: TableSchema) -> Bool {
        let names = ColumnNames(schema)
        return cells.allSatisfy { names.column(of: CellText.trim($0)) != nil }
    }

    /// Whether `header` names every required column of `schema` (so it is the header row).
    static func namesRequired(_ header: [String], schema: TableSchema) -> Bool {
        let names = ColumnNames(schema)
        var found = Set<Int>()
        for cell in header {
            if let column = names.column(of: CellText.trim(cell)) { found.insert(column) }
        }
        return schema.columns.indices.allSatisfy { !schema.columns[$0].isRequired || found.contains($0) }
    }
}

/// A schema's column names and aliases looked up in one step per header cell, so a
/// header of a million cells costs a million lookups, not a million alias scans.
struct ColumnNames {
    /// Canonical names and Chinese aliases, matched exactly.
    private let exact: [String: Int]
    /// English aliases, lowercased, matched case-insensitively.
    private let english: [String: Int]
    private let longest: Int

    init(_ schema: TableSchema) {
        var exact: [(String, Int)] = [], english: [(String, Int)] = []
        for (column, spec) in schema.columns.enumerated() {
            exact.append((spec.name, column))
            for alias in spec.aliases {
                if alias.utf8.allSatisfy({ $0 < 0x80 }) { english.append((alias.lowercased(), column)) } else { exact.append((alias, column)) }
            }
        }
        // The earlier column wins when two columns share a name, as a scan in order would.
        self.exact = Dictionary(exact, uniquingKeysWith: min)
        self.english = Dictionary(english, uniquingKeysWith: min)
        longest = (exact + english).map { $0.0.utf8.count }.max() ?? 0
    }

    func column(of cell: String) -> Int? {
        guard !cell.isEmpty, cell.utf8.count <= longest else { return nil }
        let byName = exact[cell]
        guard cell.utf8.allSatisfy({ $0 < 0x80 }), let byAlias = english[cell.lowercased()] else { return byName }
        return min(byName ?? byAlias, byAlias)
    }
}
