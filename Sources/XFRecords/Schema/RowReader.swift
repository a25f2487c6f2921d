import XFCalendar
import XFSource
import XFTable
import XFWorkbook

/// Reads the cells of one data row through a `HeaderMap`, turning each problem
/// into a diagnostic that names the file, line, column as written in the header,
/// the value and the fix. Loaders ask it for typed values column by column.
struct RowReader {
    let file: String
    let map: HeaderMap
    let schema: TableSchema
    var parser = CellParser()
    /// Problems of one kind in one column are kept up to a limit and the rest counted.
    private var problems = DiagnosticLimiter()
    var diagnostics: [Diagnostic] { problems.diagnostics }
    /// Set by any error in the current row.
    var rowFailed = false
    /// Dates after the cut-off set in site.toml are errors.
    let cutoff: CivilDate?
    /// The latest date of the rows accepted so far (see `accept()`).
    private(set) var latestDate: CivilDate?
    private var rowLatest: CivilDate?
    private(set) var line = 0
    /// Each schema column's trimmed cell in the current row (empty when the column
    /// is absent), pointing into the file's bytes or, for cells with doubled quotes,
    /// into `unescaped`. Valid until the next `begin`.
    private let unescaped: CellArena
    private var cells: UnsafeMutableBufferPointer<UnsafeBufferPointer<UInt8>> { unescaped.cells }
    /// The workbook sheet being read, nil for CSV.
    private(set) var sheet: (name: String, index: Int)?
    /// Columns whose cell already failed in this row (an Excel error value), so the
    /// typed readers neither report it again nor call it empty.
    private var cellFailed: UnsafeMutableBufferPointer<Bool> { unescaped.failed }
    /// A workbook cell's text while it is worked out (reused from cell to cell).
    private var scratch: [UInt8] = []
    /// For each field of the file, the schema column read from it, or -1 (the inverse of `map.fieldOf`).
    private let columnOfField: [Int]
    /// For each column, the day of a workbook date cell in the current row, or
    /// `noDay`: such a cell reaches `date` as the date, not as text to parse again
    /// (its text, the ISO date, is made only for a message).
    private var cellDays: UnsafeMutableBufferPointer<Int32> { unescaped.days }
    private static let noDay = Int32.min
    private let plausibleDays = CellParser.plausibleDays
    /// Which columns hold dates (`ColumnValue.date`).
    private let isDateColumn: [Bool]
    /// `map.fieldOf` with -1 for an absent column: no optionals in the row loop.
    private let fieldOfColumn: [Int]
    /// Held here so that the row loop does not go through the global's lazy initialiser.
    private let booleans = Vocabulary.booleans
    /// The fields of the current CSV row whose cells matched a word or name (bit
    /// k: field k < 64): their bytes are valid UTF-8 (`CSVRowHandler.knownUTF8Fields`).
    private(set) var knownUTF8: UInt64 = 0

    init(file: String, map: HeaderMap, schema: TableSchema, cutoff: CivilDate?) {
        self.file = file
        self.map = map
        self.schema = schema
        self.cutoff = cutoff
        unescaped = CellArena(columns: schema.columns.count, noDay: Self.noDay)
        isDateColumn = schema.columns.map { $0.value == .date }
        var columnOfField = [Int](repeating: -1, count: (map.fieldOf.compactMap { $0 }.max() ?? -1) + 1)
        for (column, field) in map.fieldOf.enumerated() { if let field { columnOfField[field] = column } }
        self.columnOfField = columnOfField
        fieldOfColumn = map.fieldOf.map { $0 ?? -1 }
    }

    init(file: String, map: HeaderMap, schema: TableSchema, cutoff: CivilDate?, sheet: String, sheetIndex: Int) {
        self.init(file: file, map: map, schema: schema, cutoff: cutoff)
        self.sheet = (sheet, sheetIndex)
    }

    mutating func begin(_ row: CSVRow) {
        line = row.line
        rowFailed = false
        rowLatest = nil
        knownUTF8 = 0
        unescaped.reset()
        let (bytes, spans) = row.fields
        guard let base = bytes.baseAddress else { return }
        let cells = cells
        fieldOfColumn.withUnsafeBufferPointer { fieldOfColumn in
            for column in fieldOfColumn.indices {
                let field = fieldOfColumn[column]
                guard field >= 0 else { continue }
                let span = spans[field]
                let raw = UnsafeBufferPointer(start: base + span.start, count: span.end - span.start)
                cells[column] = CellText.trim(span.hasDoubledQuotes ? unescaped.unescape(raw) : raw)
            }
        }
    }

    /// Reads a workbook row: `body` gets this reader with the row begun, each
    /// mapped column's cell as the data contract reads it (dates as dates, numbers
    /// in plain digits, 是/否); an Excel error value, a date serial that is no date
    /// or a fractional case number is an error naming the cell. Text cells are read
    /// where they stand in `row`, and only while `body` runs: the reader lets go of
    /// them before it returns.
    mutating func read<R>(_ row: SheetRow, date1904: Bool, _ body: (inout RowReader) -> R) -> R {
        row.withCells { cells in
            begin(cells, number: row.number, date1904: date1904)
            defer { endWorkbookRow() }
            return body(&self)
        }
    }

    private mutating func begin(_ row: SheetRow.Cells, number: Int, date1904: Bool) {
        line = number
        rowFailed = false
        rowLatest = nil
        unescaped.reset()
        let (cells, days, arena, columnOfField, isDateColumn) = (cells, cellDays, unescaped, columnOfField, isDateColumn)
        columnOfField.withUnsafeBufferPointer { columnOfField in
            isDateColumn.withUnsafeBufferPointer { isDateColumn in
                // One pass over the row's cells (sparse, in column order), each to the schema column it feeds.
                for cell in row.cells {
                    guard cell.column < columnOfField.count else { break }
                    let column = columnOfField[cell.column]
                    guard column >= 0 else { continue }
                    let bytes = row.bytes(cell)
                    // Text, whole numbers, booleans and the dates of date columns (nearly every cell) where they stand.
                    switch cell.kind {
                    case .text:
                        cells[column] = CellText.trim(bytes)
                        continue
                    case .number where CellMeaning.isPlainWhole(bytes):
                        cells[column] = bytes   // digits: nothing to trim
                        continue
                    case .boolean:
                        cells[column] = bytes.first == 0x31 ? arena.yes : arena.no
                        continue
                    case .date where isDateColumn[column]:
                        if let day = CellMeaning.day(ofSerial: bytes, date1904: date1904) {
                            days[column] = Int32(day)
                            cells[column] = arena.dateStandIn
                            continue
                        }
                    default:
                        break
                    }
                    beginOther(cell.kind, bytes, column: column, date1904: date1904)
                }
            }
        }
    }

    /// The rest: a date in a column that is not one (its ISO text), other numbers,
    /// error values and serials that are no date.
    @inline(never)
    private mutating func beginOther(_ kind: CellKind, _ bytes: UnsafeBufferPointer<UInt8>, column: Int, date1904: Bool) {
        scratch.removeAll(keepingCapacity: true)
        if CellMeaning.appendPlain(kind, bytes, date1904: date1904, to: &scratch) {
            cells[column] = CellText.trim(unescaped.store(scratch))
            return
        }
        switch CellMeaning.of(kind, bytes, date1904: date1904) {
        case .text(let text):
            cells[column] = CellText.trim(unescaped.store(text))
            if schema.columns[column].isIdentifier && !CellMeaning.isWholeNumber(kind, bytes) {
                fail(at: column, code: .cellFractionalID, message: "编号是带小数的数字，不像是信访件编号。",
                     fix: "把这一列设成“文本”格式，照系统中的件号重新填写（不要让 Excel 把件号当作数字计算）。")
                cellFailed[column] = true
            }
        case .errorValue(let text):
            cells[column] = unescaped.store(Array(text.utf8))
            fail(at: column, code: .cellExcelError, message: "单元格是 Excel 的错误值 \(text)（公式无法算出结果）。",
                 fix: "在 Excel 中改正这一格的公式或引用，或直接填写数值。")
            cellFailed[column] = true
        case .badDate(let serial):
            cells[column] = unescaped.store(Array(serial.utf8))
            fail(at: column, code: .cellDateSerial, message: "单元格是日期格式，但其数值不对应任何日期。",
                 fix: "在 Excel 中重新填写这一格的日期，例如 2024-05-01。")
            cellFailed[column] = true
        }
    }

    /// The row is done: no cell points into it any more, none has failed, none is a date.
    private mutating func endWorkbookRow() {
        cells.update(repeating: UnsafeBufferPointer(start: nil, count: 0))
        cellFailed.update(repeating: false)
        cellDays.update(repeating: Self.noDay)
    }

    /// The current row as a place: file and line, and in a workbook the sheet.
    var rowLocation: SourceLocation {
        SourceLocation(file: file, line: line, sheet: sheet?.name, sheetIndex: sheet?.index ?? 0)
    }

    /// Called for a row that is kept: its dates now count towards the data cut-off.
    mutating func accept() {
        latestDate.raise(to: rowLatest)
    }

    // The readers below take a schema column; each is a wrapper, inlined where it is
    // called, around a body on the column's number, so that the column is a constant
    // there (as generic bodies they were merged and read `rawValue` through a call).

    /// The trimmed cell of a schema column in the current row (a date column's
    /// cell is read with `date`: from a workbook date it holds only a stand-in).
    @inline(__always)
    func cell(_ column: some SchemaColumn) -> UnsafeBufferPointer<UInt8> { cells[column.rawValue] }

    @inline(__always)
    func isEmpty(_ column: some SchemaColumn) -> Bool { isEmpty(at: column.rawValue) }

    private func isEmpty(at column: Int) -> Bool { cells[column].isEmpty && !cellFailed[column] }

    func text(_ column: some SchemaColumn) -> String? { text(at: column.rawValue) }

    private func text(at column: Int) -> String? { Self.shown(cells[column], day: cellDays[column]) }

    /// The cell as the clerk sees it: a workbook date as its ISO date.
    private static func shown(_ cell: UnsafeBufferPointer<UInt8>, day: Int32) -> String? {
        if day != noDay { return CivilDate(dayNumber: day).description }
        return cell.isEmpty ? nil : String(decoding: cell, as: UTF8.self)
    }

    mutating func fail(_ column: some SchemaColumn, code: DiagnosticCode, message: String, fix: String, showValue: Bool = true) {
        fail(at: column.rawValue, code: code, message: message, fix: fix, showValue: showValue)
    }

    private mutating func fail(at column: Int, code: DiagnosticCode, message: String, fix: String, showValue: Bool = true) {
        let (header, file, line, cell, day) = (columnName(at: column), file, line, cells[column], cellDays[column])
        let (sheet, field) = (sheet, map.fieldOf[column])
        // The value is decoded only for a diagnostic that is kept.
        problems.append(file: file, code: code, column: header) {
            var location = SourceLocation(file: file, line: line, column: header)
            if let sheet {
                location.sheet = sheet.name
                location.sheetIndex = sheet.index
                location.cell = field.map { CellReference.name(column: $0, row: line) }
            }
            return Diagnostic(code: code, at: location, value: showValue ? Self.shown(cell, day: day) : nil,
                              message: message, fix: fix)
        }
        rowFailed = true
    }

    /// The column as its header names it, or its canonical name when absent.
    private func columnName(at column: Int) -> String {
        map.fieldOf[column].map { map.header[$0] } ?? schema.columns[column].name
    }

    /// Reports an empty required cell; true when the cell has a value.
    @inline(__always)
    mutating func requirePresent(_ column: some SchemaColumn) -> Bool { requirePresent(at: column.rawValue) }

    private mutating func requirePresent(at column: Int) -> Bool {
        if cellFailed[column] { return false }
        guard isEmpty(at: column) else { return true }
        fail(at: column, code: .cellRequired, message: "「\(schema.columns[column].name)」不能为空。",
             fix: "填写这一格；如确实不知道，请向承办人员核实后再填。", showValue: false)
        return false
    }

    /// Whether the cell holds something to parse: not already failed, not empty
    /// (an empty required cell is reported).
    private mutating func hasValue(at column: Int, required: Bool) -> Bool {
        if cellFailed[column] { return false }
        if required { return requirePresent(at: column) }
        return !isEmpty(at: column)
    }

    @inline(__always)
    mutating func date(_ column: some SchemaColumn, required: Bool = false) -> CivilDate? {
        date(at: column.rawValue, required: required)
    }

    private mutating func date(at column: Int, required: Bool) -> CivilDate? {
        guard hasValue(at: column, required: required) else { return nil }
        let day = cellDays[column]
        // A workbook date is taken as it is, within the years a text date may have.
        let typed = day != Self.noDay && plausibleDays.contains(day) ? CivilDate(dayNumber: day) : nil
        guard let value = day != Self.noDay ? typed : parser.date(cells[column]) else {
            fail(at: column, code: .cellDate, message: "不是有效的日期（或该日期不存在）。",
                 fix: "写成 2024-05-01、2024/5/1、2024年5月1日 或 20240501 这样的日期；检查年份（1900–2099）、月份和日子是否存在。")
            return nil
        }
        if let cutoff, value > cutoff {
            fail(at: column, code: .cellAfterCutoff, message: "日期晚于数据截止日期 \(cutoff)。",
                 fix: "核对该日期是否录错；如数据确已更新，请修改 site.toml 中的 cutoff（数据截止日期）。")
        }
        rowLatest.raise(to: value)
        return value
    }

    /// A non-negative integer; `fallback` when the cell is empty.
    @inline(__always)
    mutating func integer(_ column: some SchemaColumn, fallback: Int, required: Bool = false) -> Int {
        integer(at: column.rawValue, fallback: fallback, required: required)
    }

    private mutating func integer(at column: Int, fallback: Int, required: Bool) -> Int {
        guard hasValue(at: column, required: required) else { return fallback }
        guard let value = parser.integer(cells[column]) else {
            fail(at: column, code: .cellInteger, message: "应为不小于 0 的整数。",
                 fix: "只填数字，例如 1192 或 1,192；不要带单位、小数或负号。")
            return fallback
        }
        return value
    }

    @inline(__always)
    mutating func boolean(_ column: some SchemaColumn) -> Bool { boolean(at: column.rawValue) }

    private mutating func boolean(at column: Int) -> Bool {
        guard hasValue(at: column, required: false) else { return false }
        let cell = cells[column]
        // 是 and 否 (E6 98 AF, E5 90 A6), nearly every boolean cell, by one comparison each.
        if cell.count == 3, let base = cell.baseAddress {
            let bytes = UInt32(UnsafeRawPointer(base).loadUnaligned(as: UInt16.self).littleEndian) | UInt32(base[2]) << 16
            if bytes == 0xAF_98E6 || bytes == 0xA6_90E5 {
                vouch(at: column)
                return bytes == 0xAF_98E6
            }
        }
        if let value = booleans.lookup(cell) {
            vouch(at: column)
            return value
        }
        fail(at: column, code: .cellBoolean, message: "应为「是」或「否」。",
             fix: "填写 是/否（也可用 Y/N、1/0、√/×）；留空表示否。")
        return false
    }

    @inline(__always)
    mutating func choice<Value>(_ column: some SchemaColumn, _ table: VocabularyTable<Value>, required: Bool = false) -> Value? {
        choice(at: column.rawValue, table, required: required)
    }

    private mutating func choice<Value>(at column: Int, _ table: VocabularyTable<Value>, required: Bool) -> Value? {
        guard hasValue(at: column, required: required) else { return nil }
        if let value = table.lookup(cells[column]) {
            vouch(at: column)
            return value
        }
        fail(at: column, code: .cellChoice, message: "不是允许的取值。", fix: "应为\(table.expected)之一。")
        return nil
    }

    /// The column's cell matched text known to be UTF-8 (a list's word, a name):
    /// so are its field's bytes, the spaces trimmed off included.
    @inline(__always)
    private mutating func vouch(at column: Int) {
        let field = fieldOfColumn[column]
        if field >= 0 && field < 64 { knownUTF8 |= 1 << UInt64(field) }
    }

    /// A name from a known list (units, domains), with the closest name suggested.
    @inline(__always)
    mutating func name(_ column: some SchemaColumn, in names: NameTable, listFile: String, required: Bool = false) -> Int? {
        name(at: column.rawValue, in: names, listFile: listFile, required: required)
    }

    private mutating func name(at column: Int, in names: NameTable, listFile: String, required: Bool) -> Int? {
        guard hasValue(at: column, required: required) else { return nil }
        if let index = names.find(cells[column]) {
            vouch(at: column)
            return index
        }
        // Suggestions cost an edit distance per known name: only for diagnostics that are kept.
        let written = text(at: column) ?? ""
        var hint = ""
        if problems.keeps(file: file, code: .cellUnknownName, column: columnName(at: column)) {
            let known = (0..<names.index.count).map { names.index.string(at: $0) }
            hint = Suggestion.closest(to: written, among: known).map { "是否应为「\($0)」？" } ?? ""
        }
        fail(at: column, code: .cellUnknownName, message: "「\(Diagnostic.clipped(written))」不在 \(listFile) 中。",
             fix: "\(hint)请改成 \(listFile) 中已有的名称，或在 \(listFile) 中补充这一项。")
        return nil
    }
}

/// Memory owned by a `RowReader`: the table of the current row's cells, and room
/// for cells whose doubled quotes had to be undone (a few per file at most).
final class CellArena {
    let cells: UnsafeMutableBufferPointer<UnsafeBufferPointer<UInt8>>
    private var storage: UnsafeMutablePointer<UInt8>
    private var capacity = 4096
    private var used = 0
    /// What the cell of a workbook date holds (`RowReader.cellDays` has the date):
    /// not empty, and never shown.
    let dateStandIn: UnsafeBufferPointer<UInt8>
    /// Per column: whether the current workbook cell failed already, and its day
    /// (`RowReader.cellDays`); plain memory, so that a row's reset checks no array.
    let failed: UnsafeMutableBufferPointer<Bool>
    let days: UnsafeMutableBufferPointer<Int32>
    /// 是 and 否, what the cells of boolean workbook cells point at.
    let yes: UnsafeBufferPointer<UInt8>, no: UnsafeBufferPointer<UInt8>

    init(columns: Int, noDay: Int32) {
        cells = .allocate(capacity: columns)
        cells.initialize(repeating: UnsafeBufferPointer(start: nil, count: 0))
        storage = .allocate(capacity: capacity)
        let standIn = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: 10)
        standIn.initialize(repeating: 0x30)
        dateStandIn = UnsafeBufferPointer(standIn)
        failed = .allocate(capacity: columns)
        failed.initialize(repeating: false)
        days = .allocate(capacity: columns)
        days.initialize(repeating: noDay)
        yes = Self.constant("是")
        no = Self.constant("否")
    }

    private static func constant(_ text: String) -> UnsafeBufferPointer<UInt8> {
        let bytes = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: text.utf8.count)
        _ = bytes.initialize(from: text.utf8)
        return UnsafeBufferPointer(bytes)
    }

    deinit {
        dateStandIn.deallocate()
        yes.deallocate()
        no.deallocate()
        failed.deallocate()
        days.deallocate()
        cells.deallocate()
        storage.deallocate()
        reset()
    }

    /// A copy of `bytes` that lives until the next `reset` (workbook cells).
    func store(_ bytes: [UInt8]) -> UnsafeBufferPointer<UInt8> {
        bytes.withUnsafeBufferPointer { store($0) }
    }

    func store(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        let start = room(for: bytes.count)
        if let base = bytes.baseAddress { start.update(from: base, count: bytes.count) }
        used += bytes.count
        return UnsafeBufferPointer(start: start, count: bytes.count)
    }

    func reset() {
        used = 0
        // A plain flag: looking at the array itself costs a dynamic exclusivity check a row.
        guard hasRetired else { return }
        for block in retired { block.deallocate() }
        retired.removeAll()
        hasRetired = false
    }

    /// `raw` with each `""` made `"`. Earlier cells of the row keep their memory.
    func unescape(_ raw: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        let start = room(for: raw.count)
        var count = 0
        var previousWasQuote = false
        for byte in raw {
            if byte == 0x22 && previousWasQuote { previousWasQuote = false; continue }
            previousWasQuote = byte == 0x22
            start[count] = byte
            count += 1
        }
        used += count
        return UnsafeBufferPointer(start: start, count: count)
    }

    /// Where `count` more bytes fit; when the block is full, the arena moves to a
    /// new one and leaves the old one to the cells that point into it.
    private func room(for count: Int) -> UnsafeMutablePointer<UInt8> {
        if used + count > capacity {
            retired.append(storage)
            hasRetired = true
            capacity = max(capacity, count)
            storage = .allocate(capacity: capacity)
            used = 0
        }
        return storage + used
    }

    private var retired: [UnsafeMutablePointer<UInt8>] = []
    private var hasRetired = false
}
