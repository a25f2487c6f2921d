import XFSource

/// Finds a table's header among the first rows of a CSV file or a workbook
/// sheet, the same for both: the first row that names the required columns,
/// alone or completed by the row right above it (a header on two rows).
struct HeaderRows {
    let schema: TableSchema
    private var previous: [String] = []
    private var previousLine = 0

    init(schema: TableSchema) { self.schema = schema }

    /// The header if the row at `line` (its cells as text) is it, else nil.
    mutating func header(_ texts: [String], line: Int) -> [String]? {
        let above = line == previousLine + 1 ? previous : []
        (previous, previousLine) = (texts, line)
        if HeaderMap.namesRequired(texts, schema: schema) { return texts }
        let combined = Self.twoLevel(upper: above, lower: texts)
        return HeaderMap.namesRequired(combined, schema: schema) ? combined : nil
    }

    /// The header remapped from both rows when the row right under a header that
    /// already names the required columns is its second level: it holds only
    /// column names (`count` non-empty cells) the first level lacks (办理情况 above
    /// 受理情况, 受理日期). Nil when the row is an ordinary data row.
    static func subHeader(_ lower: [String], cellCount: Int, under current: HeaderMap, schema: TableSchema,
                          file: String, line: Int) -> HeaderMap? {
        let names = lower.filter { !CellText.trim($0).isEmpty }
        guard !names.isEmpty, names.count == cellCount, HeaderMap.namesOnly(names, schema: schema),
              !names.contains(where: { current.header.contains(CellText.trim($0)) }) else { return nil }
        let (map, problems) = HeaderMap.map(twoLevel(upper: current.header, lower: lower), schema: schema, file: file, line: line)
        return problems.isEmpty ? map : nil
    }

    /// A header on two rows, as office sheets write it: a group title merged
    /// across columns above (办理情况 over 受理日期, 办结日期), and single
    /// columns merged down both rows (信访件编号), so only the upper row has
    /// their name (saved as CSV, a merge is its first cell's value and empty cells).
    /// Each column takes the lower row's name, else the upper's.
    static func twoLevel(upper: [String], lower: [String]) -> [String] {
        (0..<max(upper.count, lower.count)).map { column in
            let below = column < lower.count ? lower[column] : ""
            if !CellText.trim(below).isEmpty { return below }
            return column < upper.count ? upper[column] : ""
        }
    }
}
