import Foundation
import XFCalendar
import XFSource
import XFTable
import XFWorkbook

/// A table file of either kind: CSV text, or an Excel workbook whose sheets are read as tables.
enum TableSource {
    case csv(TableFile)
    case workbook(WorkbookFile)

    var path: String {
        switch self {
        case .csv(let file): file.path
        case .workbook(let file): file.path
        }
    }

    static let workbookExtensions = [".xlsx", ".xlsm", ".xls", ".et"]

    static func isWorkbook(_ path: String) -> Bool {
        let lower = path.lowercased()
        return workbookExtensions.contains { lower.hasSuffix($0) }
    }

    static func read(_ url: URL, as path: String) -> Result<TableSource, Diagnostic> {
        if isWorkbook(path) { return WorkbookFile.read(url, as: path).map(TableSource.workbook) }
        return TableFile.read(url, as: path).map(TableSource.csv)
    }
}

/// An opened workbook, its bytes mapped for as long as it is read.
final class WorkbookFile {
    let path: String
    let workbook: Workbook
    private let bytes: MappedFile

    private init(path: String, workbook: Workbook, bytes: MappedFile) {
        self.path = path
        self.workbook = workbook
        self.bytes = bytes
    }

    static func read(_ url: URL, as path: String) -> Result<WorkbookFile, Diagnostic> {
        let mapped: MappedFile
        do { mapped = try MappedFile(path: url.path) } catch {
            return .failure(Diagnostic(code: .fileUnreadable, at: SourceLocation(file: path),
                                       message: "无法读取文件：\(error.reason)",
                                       fix: "检查文件是否存在、是否被其他程序（如 Excel）占用，以及是否有读取权限。"))
        }
        do {
            let workbook = try Workbook.open(mapped.bytes, fileName: path)
            return .success(WorkbookFile(path: path, workbook: workbook, bytes: mapped))
        } catch {
            return .failure(diagnostic(error, file: path))
        }
    }

    static func diagnostic(_ problem: WorkbookProblem, file: String, sheetIndex: Int = 0) -> Diagnostic {
        var location = SourceLocation(file: file)
        location.sheet = problem.sheet
        location.sheetIndex = sheetIndex
        location.cell = problem.cell.flatMap { $0.first?.isLetter == true ? $0 : nil }
        if let row = problem.cell.flatMap({ Int($0.drop { $0.isLetter }) }) { location.line = row }
        return Diagnostic(code: problem.code, at: location, value: problem.value, message: problem.message, fix: problem.fix)
    }
}

/// Receives the data rows of a workbook's table sheets through a `RowReader`.
protocol WorkbookRowSink {
    /// A new sheet with a matching header begins (sheets merge like files, in workbook order).
    mutating func beginSheet(_ sheet: SheetInfo)
    mutating func row(_ reader: inout RowReader)
}

/// Reads every visible sheet of a workbook whose header names the schema's
/// required columns, in workbook order. The header is the first row, within the
/// first ten, that names them (a title row, an 导出时间 line and blank rows above
/// it are skipped); hidden sheets and sheets without such a header are reported
/// as notes and not read; a workbook with no table sheet at all is an error.
struct WorkbookTableReader {
    let file: WorkbookFile
    let schema: TableSchema
    let cutoff: CivilDate?
    var diagnostics: [Diagnostic] = []
    var skipped: [SourceLocation] = []
    var rows = 0
    var ignored: [String] = []
    var latestDate: CivilDate?

    /// Rows searched for the header (DATA-DECISIONS: the same limit as for CSV).
    static let headerSearchRows = HeaderMap.searchRows

    init(file: WorkbookFile, schema: TableSchema, cutoff: CivilDate?) {
        self.file = file
        self.schema = schema
        self.cutoff = cutoff
    }

    mutating func read<Sink: WorkbookRowSink>(into sink: inout Sink) {
        let workbook = file.workbook
        var tableSheets = 0
        var passedOver: [String] = []
        for sheet in workbook.sheets {
            let place = SourceLocation(file: file.path, sheet: sheet.name, sheetIndex: sheet.index)
            guard sheet.isWorksheet else { passedOver.append("「\(sheet.name)」（图表）"); continue }
            guard sheet.isVisible else {
                diagnostics.append(Diagnostic(.warning, code: .workbookHiddenSheet, at: place,
                                              message: "隐藏的工作表未读取。",
                                              fix: "如其中是要统计的数据，请在 Excel 中取消隐藏该工作表。"))
                continue
            }
            var handler = SheetHandler(reader: self, sheet: sheet, date1904: workbook.usesDate1904, sink: sink)
            let read = workbook.read(sheet: sheet.index, into: &handler)
            sink = handler.sink
            diagnostics += handler.diagnostics + (handler.rowReader?.diagnostics ?? [])
            let problems = read.problems.map { WorkbookFile.diagnostic($0, file: file.path, sheetIndex: sheet.index) }
            diagnostics += problems
            if let map = handler.rowReader?.map {
                let merged = mergedDataCells(read.merges, below: handler.headerRow, map: map, sheet: sheet)
                // The empty cells under a reported merge are that one problem, not one per row.
                diagnostics.removeAll { diagnostic in
                    diagnostic.code == .cellRequired && diagnostic.location.sheetIndex == sheet.index
                        && diagnostic.location.file == file.path
                        && merged.ranges.contains { $0.coversBelowTop(diagnostic.location.cell) }
                }
                diagnostics += merged.diagnostics
            }
            // A structural problem loses a cell, a row or the rest of the sheet: listed as skipped there.
            skipped += problems.map { SourceLocation(file: file.path, line: $0.location.line, sheet: sheet.name, sheetIndex: sheet.index) }
            skipped += handler.skipped
            rows += handler.rows
            latestDate.raise(to: handler.rowReader?.latestDate)
            if let map = handler.rowReader?.map {
                tableSheets += 1
                for name in map.ignored where !ignored.contains(name) { ignored.append(name) }
            } else if !handler.headerRejected {
                passedOver.append("「\(sheet.name)」")
                diagnostics.append(Diagnostic(.warning, code: .workbookNoTableSheet, at: place,
                                              message: "工作表的前 \(Self.headerSearchRows) 行中没有\(schema.title)表的表头（须含\(requiredNames)），未读取。",
                                              fix: "如其中是要统计的数据，请在表头行写上这些列名；说明、汇总等工作表可以不管。"))
            }
        }
        if tableSheets == 0 && !diagnostics.contains(where: { $0.severity == .error }) {
            diagnostics.append(Diagnostic(code: .workbookNoTable, at: SourceLocation(file: file.path),
                                          message: "工作簿中没有可读取的\(schema.title)表：没有哪个可见工作表的前 \(Self.headerSearchRows) 行含有\(requiredNames)这些列。",
                                          fix: "检查表头行的列名（可用的列名见 docs/DATA.md），或把数据所在的工作表取消隐藏。"))
        }
    }

    /// Merged areas in the data rows that span rows and cover a column that is
    /// read: Excel stores the value in the top-left cell only, so the rows below
    /// would be read with that column empty. Each is one error naming the range;
    /// the values are not guessed (a merge may be only for looks), the clerk fills them.
    func mergedDataCells(_ merges: [MergedRange], below headerRow: Int, map: HeaderMap,
                         sheet: SheetInfo) -> (ranges: [MergedRange], diagnostics: [Diagnostic]) {
        var ranges: [MergedRange] = []
        var found: [Diagnostic] = []
        let readFields = Set(map.fieldOf.compactMap { $0 })
        for range in merges.sorted(by: { ($0.firstRow, $0.firstColumn) < ($1.firstRow, $1.firstColumn) })
        where range.firstRow > headerRow && range.lastRow > range.firstRow {
            let columns = (range.firstColumn...min(range.lastColumn, range.firstColumn + HeaderMap.widestHeader)).filter(readFields.contains)
            guard !columns.isEmpty else { continue }
            ranges.append(range)
            let names = columns.map { field in "「\(map.header[field])」" }.joined(separator: "、")
            let top = CellReference.name(column: range.firstColumn, row: range.firstRow)
            let reference = top + ":" + CellReference.name(column: range.lastColumn, row: range.lastRow)
            var location = SourceLocation(file: file.path, line: range.firstRow, sheet: sheet.name, sheetIndex: sheet.index)
            location.cell = reference
            found.append(Diagnostic(code: .workbookMergedDataCells, at: location,
                                    message: "\(reference) 是合并单元格，跨第 \(range.firstRow)–\(range.lastRow) 行：Excel 只在 \(top) 中存了值，"
                                        + "第 \(range.firstRow + 1)–\(range.lastRow) 行的\(names)读出来是空的。",
                                    fix: "取消合并，并在每一行填上这个值（WPS：“合并居中”下拉中的“拆分并填充内容”；"
                                        + "Excel：取消合并后选中该列空格，输入 = 上一格，按 Ctrl+Enter）。"))
            if found.count >= Self.mergeReportLimit { break }
        }
        return (ranges, found)
    }

    /// Merged areas reported per sheet, at most.
    static let mergeReportLimit = 100

    var requiredNames: String {
        schema.columns.filter(\.isRequired).map { "「\($0.name)」" }.joined(separator: "、")
    }

    private struct SheetHandler<Sink: WorkbookRowSink>: SheetRowHandler {
        let file: String
        let schema: TableSchema
        let cutoff: CivilDate?
        let sheet: SheetInfo
        let date1904: Bool
        var sink: Sink
        var rowReader: RowReader?
        var diagnostics: [Diagnostic] = []
        var skipped: [SourceLocation] = []
        var rows = 0
        var searched = 0
        /// A header row was found but is unusable (a column given twice): reported already.
        var headerRejected = false
        /// The header's (last) row; data rows follow it.
        var headerRow = 0
        var headerRows: HeaderRows
        var subHeaderChecked = false

        init(reader: WorkbookTableReader, sheet: SheetInfo, date1904: Bool, sink: Sink) {
            file = reader.file.path
            schema = reader.schema
            cutoff = reader.cutoff
            self.sheet = sheet
            self.date1904 = date1904
            self.sink = sink
            headerRows = HeaderRows(schema: reader.schema)
        }

        mutating func handle(_ row: SheetRow) -> Bool {
            guard rowReader != nil else { return findHeader(row) }
            if row.number == headerRow + 1 && !subHeaderChecked, takeSubHeader(row) { return true }
            subHeaderChecked = true
            rows += 1
            Self.read(row, date1904: date1904, with: &rowReader!, into: &sink)
            return true
        }

        /// Two stored properties as two `inout`s: neither is copied nor moved for the row.
        private static func read(_ row: SheetRow, date1904: Bool, with reader: inout RowReader, into sink: inout Sink) {
            reader.read(row, date1904: date1904) { sink.row(&$0) }
        }

        /// Takes `row` as the header if it names the required columns, alone or
        /// completed by the row above (a two-level header); false stops the sheet.
        private mutating func findHeader(_ row: SheetRow) -> Bool {
            searched += 1
            if let header = headerRows.header(Self.texts(row, date1904: date1904), line: row.number) {
                headerRow = row.number
                let (map, problems) = HeaderMap.map(header, schema: schema, file: file, line: row.number)
                diagnostics += problems.map { problem in
                    var located = problem
                    located.location.sheet = sheet.name
                    located.location.sheetIndex = sheet.index
                    return located
                }
                guard let map else { headerRejected = true; return false }
                rowReader = RowReader(file: file, map: map, schema: schema, cutoff: cutoff, sheet: sheet.name, sheetIndex: sheet.index)
                sink.beginSheet(sheet)
                return true
            }
            return searched < WorkbookTableReader.headerSearchRows
        }

        /// The row right under the header may be its second level (`HeaderRows.subHeader`).
        private mutating func takeSubHeader(_ row: SheetRow) -> Bool {
            subHeaderChecked = true
            guard let current = rowReader?.map,
                  let map = HeaderRows.subHeader(Self.texts(row, date1904: date1904), cellCount: row.cells.count, under: current,
                                                 schema: schema, file: file, line: row.number) else { return false }
            headerRow = row.number
            rowReader = RowReader(file: file, map: map, schema: schema, cutoff: cutoff, sheet: sheet.name, sheetIndex: sheet.index)
            return true
        }

        /// The row's cells as header text, by column (merged header cells keep their
        /// value in the top-left cell; the rest of the merge is empty and ignored).
        static func texts(_ row: SheetRow, date1904: Bool) -> [String] {
            guard let last = row.cells.last?.column, last < HeaderMap.widestHeader else { return [] }
            var texts = [String](repeating: "", count: last + 1)
            for cell in row.cells {
                if case .text(let bytes) = CellMeaning.of(cell, in: row, date1904: date1904) {
                    texts[cell.column] = String(decoding: bytes, as: UTF8.self)
                }
            }
            return texts
        }
    }
}
