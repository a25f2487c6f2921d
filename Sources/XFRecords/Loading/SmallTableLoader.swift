import XFCalendar
import XFSource
import XFTable
import XFWorkbook

/// Reads a small table (units, domains, receptions, publicity) row by row through
/// a `RowReader`, collecting what `readRow` makes of each valid row. Rows with
/// errors are reported and their positions kept.
struct SmallTableLoader<Record> {
    let schema: TableSchema
    var records: [Record] = []
    var diagnostics: [Diagnostic] = []
    var skipped: [SourceLocation] = []
    var latestDate: CivilDate?
    let cutoff: CivilDate?

    init(schema: TableSchema, cutoff: CivilDate?) {
        self.schema = schema
        self.cutoff = cutoff
    }

    /// Reads one table file, CSV or workbook (a workbook's table sheets in workbook order).
    mutating func read(_ source: TableSource, _ readRow: @escaping (inout RowReader) -> Record?) -> LoadReport.FileRead {
        switch source {
        case .csv(let file):
            let outcome = TableFileReader.read(file, schema: schema, cutoff: cutoff, into: Rows(readRow: readRow))
            diagnostics += outcome.diagnostics
            skipped += outcome.unparsed + outcome.consumer.skipped
            records += outcome.consumer.records
            latestDate.raise(to: outcome.latestDate)
            return outcome.report
        case .workbook(let file):
            var reader = WorkbookTableReader(file: file, schema: schema, cutoff: cutoff)
            var sink = Rows(readRow: readRow)
            reader.read(into: &sink)
            diagnostics += reader.diagnostics
            records += sink.records
            skipped += reader.skipped + sink.skipped
            latestDate.raise(to: reader.latestDate)
            return LoadReport.FileRead(path: file.path, encoding: file.workbook.format.rawValue, rows: reader.rows,
                                       ignoredColumns: reader.ignored)
        }
    }

    /// Keeps what `readRow` makes of each row that has no errors, from a CSV file or a workbook's sheets.
    private struct Rows: TableRowConsumer, WorkbookRowSink {
        let readRow: (inout RowReader) -> Record?
        var records: [Record] = []
        var skipped: [SourceLocation] = []

        mutating func read(_ reader: inout RowReader) {
            if let record = readRow(&reader), !reader.rowFailed {
                records.append(record)
                reader.accept()
            } else {
                skipped.append(reader.rowLocation)
            }
        }

        mutating func skip(_ location: SourceLocation) { skipped.append(location) }

        mutating func beginSheet(_ sheet: SheetInfo) {}

        mutating func row(_ reader: inout RowReader) { read(&reader) }
    }
}
