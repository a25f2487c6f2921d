import XFSource

/// The cells of one `.xls` sheet while its records are read: BIFF8 stores them in
/// any order, so they are gathered (their bytes in one buffer for the sheet, a
/// shared string only as its place in the SST), then ordered and handed on row by row.
struct XlsSheetCells {
    /// A cell held until the sheet is read.
    private struct Pending {
        var row: Int32
        var column: Int32
        var order: Int32
        var kind: CellKind
        var start: Int32
        var end: Int32
        /// In the SST arena rather than the sheet's own bytes.
        var isShared = false
    }

    let sheet: String
    private let dateStyles: [Bool]
    private var cells: [Pending] = []
    /// The sheet's own cell bytes: text of LABEL and STRING records, numbers' digits.
    private var values: [UInt8] = []
    var problems: [WorkbookProblem] = []
    private var outside = 0
    private var tooLarge = false

    init(sheet: String, dateStyles: [Bool]) {
        self.sheet = sheet
        self.dateStyles = dateStyles
    }

    /// False (and reported once) for a column beyond BIFF8's 256 (a MULRK run past IV is damage).
    @inline(__always)
    private mutating func inGrid(_ row: Int, _ column: Int) -> Bool {
        if column < XlsBook.columns { return true }
        outside += 1
        if outside == 1 {
            problems.append(WorkbookProblem(code: .xlsBadReference, sheet: sheet, cell: String(row + 1),
                                            message: "单元格超出 .xls 工作表的范围（最多 256 列），未读取。",
                                            fix: WorkbookProblem.saveAsXlsx))
        }
        return false
    }

    @inline(__always)
    private mutating func keep(_ row: Int, _ column: Int, _ kind: CellKind, _ start: Int) {
        cells.append(Pending(row: Int32(row + 1), column: Int32(column), order: Int32(cells.count), kind: kind,
                             start: Int32(start), end: Int32(values.count)))
    }

    /// A LABELSST cell: its string's range in the SST.
    @inline(__always)
    mutating func shared(_ row: Int, _ column: Int, _ range: Range<Int>) {
        guard inGrid(row, column) else { return }
        cells.append(Pending(row: Int32(row + 1), column: Int32(column), order: Int32(cells.count), kind: .text,
                             start: Int32(range.lowerBound), end: Int32(range.upperBound), isShared: true))
    }

    /// Whether the sheet's own text may grow to `end` bytes (1 GB at most); reported once when not.
    private mutating func fits(_ end: Int, row: Int) -> Bool {
        guard end > XlsBook.sheetTextLimit else { return true }
        if !tooLarge {
            tooLarge = true
            problems.append(WorkbookProblem(code: .workbookTooLarge, sheet: sheet, cell: String(row + 1),
                                            message: "工作表的文字总量超过 1 GB，其余单元格未读取。",
                                            fix: "请按月份把数据拆成几个较小的工作簿，或另存为 .xlsx。"))
        }
        return false
    }

    /// A LABEL or RSTRING cell, or a formula's STRING: the string `reader` is at
    /// (decoded straight into the sheet's bytes); an empty or cut-short one is no cell.
    mutating func text(_ row: Int, _ column: Int, _ reader: inout ContinuedString) {
        let start = values.count
        guard reader.string(lengthBytes: 2, into: &values), values.count > start else { return }
        guard inGrid(row, column), fits(values.count, row: row) else {
            values.removeSubrange(start...)
            return
        }
        keep(row, column, .text, start)
    }

    /// A NUMBER, RK, MULRK or FORMULA cell with the number `value`, a date when its XF has a date format.
    @inline(__always)
    mutating func number(_ row: Int, _ column: Int, _ xf: Int, _ value: Double) {
        guard inGrid(row, column) else { return }
        let kind: CellKind = xf < dateStyles.count && dateStyles[xf] ? .date : .number
        let start = values.count
        // Whole numbers (dates, counts, case numbers: nearly all) as digits written in place.
        if value == value.rounded(), abs(value) < 1e15, start < XlsBook.sheetTextLimit {
            NumberText.appendWhole(Int64(value), to: &values)
        } else {
            let literal = NumberText.literal(value)
            guard fits(start + literal.count, row: row) else { return }
            values.append(contentsOf: literal)
        }
        keep(row, column, kind, start)
    }

    @inline(__always)
    mutating func boolean(_ row: Int, _ column: Int, _ value: Bool) {
        let start = values.count
        guard inGrid(row, column), fits(start + 1, row: row) else { return }
        values.append(value ? 0x31 : 0x30)
        keep(row, column, .boolean, start)
    }

    mutating func error(_ row: Int, _ column: Int, _ code: UInt8) {
        let text = XlsBook.errorText(code)
        let start = values.count
        guard inGrid(row, column), fits(start + text.count, row: row) else { return }
        values.append(contentsOf: text)
        keep(row, column, .error, start)
    }

    /// Hands the cells on row by row, in row and column order. A later record for
    /// the same cell replaces an earlier one, as Excel reads it. Writers put the
    /// records in order; only a book that does not is sorted (sorting costs a buffer as large).
    mutating func handOn<Handler: SheetRowHandler>(strings: [UInt8], to handler: inout Handler) {
        var ordered = true
        for k in cells.indices.dropFirst() where (cells[k - 1].row, cells[k - 1].column) >= (cells[k].row, cells[k].column) {
            ordered = false
            break
        }
        if !ordered { cells.sort { ($0.row, $0.column, $0.order) < ($1.row, $1.column, $1.order) } }
        var row = SheetRow()
        row.strings = strings
        // The rows' own cells point into the sheet's bytes where they stand: not copied row by row.
        row.bytes = values
        cells.withUnsafeBufferPointer { cells in
            var k = 0
            while k < cells.count {
                let number = cells[k].row
                row.resetCells(number: Int(number))
                while k < cells.count && cells[k].row == number {
                    let cell = cells[k]
                    k += 1
                    if k < cells.count && cells[k].row == number && cells[k].column == cell.column { continue }
                    row.cells.append(SheetCell(column: Int(cell.column), kind: cell.kind, start: Int(cell.start), end: Int(cell.end),
                                               isShared: cell.isShared))
                }
                if !handler.handle(row) { break }
            }
        }
    }
}
