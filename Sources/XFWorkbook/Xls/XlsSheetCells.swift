import XFSource

/// The cells of one `.xls` sheet while its records are read: BIFF8 stores them in
/// any order, so they are gathered (their bytes in one buffer for the sheet, a
/// shared string only as its place in the SST), then ordered and handed on row by row.
struct XlsSheetCells {
    let sheet: String
    private let dateStyles: [Bool]
    /// The cells in record order, each as the row will hold it, and beside them their rows (1-based).
    private var cells: [SheetCell] = []
    private var rows: [Int32] = []
    /// The sheet's own cell bytes: text of LABEL and STRING records, numbers' digits.
    private var values: [UInt8] = []
    var problems: [WorkbookProblem] = []
    private var outside = 0
    private var tooLarge = false
    /// Whether every cell so far came after the one before it (so none is given twice), and where the last one is.
    private var isOrdered = true
    private var last = (row: Int32(0), column: -1)

    /// `recordBytes`: the most the sheet's records can take. A cell's record takes
    /// about 14 bytes (LABELSST, RK): room for that many cells, up to a million, is
    /// reserved at once rather than grown by copying (pages left unused are never touched).
    init(sheet: String, dateStyles: [Bool], recordBytes: Int) {
        self.sheet = sheet
        self.dateStyles = dateStyles
        let expected = min(max(recordBytes, 0) / 12, 1 << 20)
        cells.reserveCapacity(expected)
        rows.reserveCapacity(expected)
        values.reserveCapacity(expected)
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
        cells.append(SheetCell(column: column, kind: kind, start: start, end: values.count))
        noteOrder(row, column)
    }

    @inline(__always)
    private mutating func noteOrder(_ row: Int, _ column: Int) {
        let number = Int32(row + 1)
        rows.append(number)
        if number < last.row || (number == last.row && column <= last.column) { isOrdered = false }
        last = (number, column)
    }

    /// A LABELSST cell: its string's range in the SST.
    @inline(__always)
    mutating func shared(_ row: Int, _ column: Int, _ range: Range<Int>) {
        guard inGrid(row, column) else { return }
        cells.append(SheetCell(column: column, kind: .text, start: range.lowerBound, end: range.upperBound, isShared: true))
        noteOrder(row, column)
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
    /// records in order; only a book that does not is sorted.
    mutating func handOn<Handler: SheetRowHandler>(strings: [UInt8], to handler: inout Handler) {
        if !isOrdered { order() }
        var row = SheetRow()
        row.strings = strings
        // The rows' own cells point into the sheet's bytes where they stand: not copied row by row.
        row.bytes = values
        cells.withUnsafeBufferPointer { cells in
            rows.withUnsafeBufferPointer { rows in
                var start = 0
                while start < cells.count {
                    let number = rows[start]
                    var end = start + 1
                    while end < cells.count && rows[end] == number { end += 1 }
                    row.resetCells(number: Int(number))
                    row.cells.append(contentsOf: UnsafeBufferPointer(rebasing: cells[start..<end]))
                    start = end
                    if !handler.handle(row) { break }
                }
            }
        }
    }

    /// Puts the cells in row and column order, keeping the last record of each cell.
    private mutating func order() {
        let sorted = cells.indices.sorted { (rows[$0], cells[$0].column, $0) < (rows[$1], cells[$1].column, $1) }
        var (orderedCells, orderedRows) = ([SheetCell](), [Int32]())
        orderedCells.reserveCapacity(cells.count)
        orderedRows.reserveCapacity(cells.count)
        for (k, index) in sorted.enumerated() {
            if k + 1 < sorted.count, rows[sorted[k + 1]] == rows[index], cells[sorted[k + 1]].column == cells[index].column { continue }
            orderedCells.append(cells[index])
            orderedRows.append(rows[index])
        }
        (cells, rows) = (orderedCells, orderedRows)
    }
}
