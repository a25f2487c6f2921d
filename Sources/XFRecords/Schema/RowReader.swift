import XFTable

/// Reads the cells of one data row through a `HeaderMap`, turning each problem
/// into a diagnostic that names the file, line, column as written in the header,
/// the value and the fix. Loaders ask it for typed values column by column.
struct RowReader {
    let file: String
    let map: HeaderMap
    let schema: TableSchema
    var parser = CellParser()
    var diagnostics: [Diagnostic] = []
    /// Set by any error in the current row.
    var rowFailed = false
    /// Dates after the cut-off set in site.toml are errors.
    let cutoff: CivilDate?
    /// The latest date of the rows accepted so far (see `accept()`).
    private(set) var latestDate: CivilDate?
    private var rowLatest: CivilDate?
    private var row: CSVRow?

    init(file: String, map: HeaderMap, schema: TableSchema, cutoff: CivilDate?) {
        self.file = file
        self.map = map
        self.schema = schema
        self.cutoff = cutoff
    }

    mutating func begin(_ row: CSVRow) {
        self.row = row
        rowFailed = false
        rowLatest = nil
    }

    /// Called for a row that is kept: its dates now count towards the data cut-off.
    mutating func accept() {
        latestDate.raise(to: rowLatest)
    }

    var line: Int { row?.line ?? 0 }

    /// The trimmed cell bytes of a schema column, or nil when the column is absent.
    func withCell<R>(_ column: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R? {
        guard let field = map.fieldOf[column], let row else { return nil }
        return row.withField(field) { body(CellText.trim($0)) }
    }

    func isEmpty(_ column: Int) -> Bool { withCell(column) { $0.isEmpty } ?? true }

    func text(_ column: Int) -> String? {
        withCell(column) { $0.isEmpty ? nil : String(decoding: $0, as: UTF8.self) } ?? nil
    }

    mutating func fail(_ column: Int, code: String, message: String, fix: String, showValue: Bool = true) {
        let header = map.fieldOf[column].map { map.header[$0] } ?? schema.columns[column].name
        diagnostics.append(Diagnostic(code: code, at: SourceLocation(file: file, line: line, column: header),
                                      value: showValue ? text(column) : nil, message: message, fix: fix))
        rowFailed = true
    }

    /// Reports an empty required cell; true when the cell has a value.
    mutating func requirePresent(_ column: Int) -> Bool {
        guard isEmpty(column) else { return true }
        fail(column, code: "cell.required", message: "「\(schema.columns[column].name)」不能为空。",
             fix: "填写这一格；如确实不知道，请向承办人员核实后再填。", showValue: false)
        return false
    }

    mutating func date(_ column: Int, required: Bool = false) -> CivilDate? {
        if required { guard requirePresent(column) else { return nil } }
        if isEmpty(column) { return nil }
        var parser = self.parser
        let value = withCell(column) { parser.date($0) } ?? nil
        self.parser = parser
        guard let value else {
            fail(column, code: "cell.date", message: "不是有效的日期（或该日期不存在）。",
                 fix: "写成 2024-05-01、2024/5/1、2024年5月1日 或 20240501 这样的日期；检查月份和日子是否存在。")
            return nil
        }
        if let cutoff, value > cutoff {
            fail(column, code: "cell.after-cutoff", message: "日期晚于数据截止日期 \(cutoff)。",
                 fix: "核对该日期是否录错；如数据确已更新，请修改 site.toml 中的 cutoff（数据截止日期）。")
        }
        rowLatest.raise(to: value)
        return value
    }

    /// A non-negative integer; `fallback` when the cell is empty.
    mutating func integer(_ column: Int, fallback: Int, required: Bool = false) -> Int {
        if required { guard requirePresent(column) else { return fallback } }
        if isEmpty(column) { return fallback }
        var parser = self.parser
        let value = withCell(column) { parser.integer($0) } ?? nil
        self.parser = parser
        guard let value else {
            fail(column, code: "cell.integer", message: "应为不小于 0 的整数。",
                 fix: "只填数字，例如 1192 或 1,192；不要带单位、小数或负号。")
            return fallback
        }
        return value
    }

    mutating func boolean(_ column: Int) -> Bool {
        if isEmpty(column) { return false }
        if let value = withCell(column, { Vocabulary.booleans.lookup($0) }) ?? nil { return value }
        fail(column, code: "cell.boolean", message: "应为「是」或「否」。",
             fix: "填写 是/否（也可用 Y/N、1/0、√/×）；留空表示否。")
        return false
    }

    mutating func choice<Value>(_ column: Int, _ table: VocabularyTable<Value>, required: Bool = false) -> Value? {
        if required { guard requirePresent(column) else { return nil } }
        if isEmpty(column) { return nil }
        if let value = withCell(column, { table.lookup($0) }) ?? nil { return value }
        fail(column, code: "cell.choice", message: "不是允许的取值。", fix: "应为\(table.expected)之一。")
        return nil
    }

    /// A name from a known list (units, domains), with the closest name suggested.
    mutating func name(_ column: Int, in names: ByteStringIndex, listFile: String, required: Bool = false) -> Int? {
        if required { guard requirePresent(column) else { return nil } }
        if isEmpty(column) { return nil }
        if let index = withCell(column, { names.find($0) }) ?? nil { return index }
        let written = text(column) ?? ""
        let known = (0..<names.count).map { names.string(at: $0) }
        let hint = Suggestion.closest(to: written, among: known).map { "是否应为「\($0)」？" } ?? ""
        fail(column, code: "cell.unknown-name", message: "「\(written)」不在 \(listFile) 中。",
             fix: "\(hint)请改成 \(listFile) 中已有的名称，或在 \(listFile) 中补充这一项。")
        return nil
    }
}
