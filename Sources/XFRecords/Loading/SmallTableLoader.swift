import XFSource
import XFTable

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

    mutating func read(_ file: TableFile, _ readRow: @escaping (inout RowReader) -> Record?) -> LoadReport.FileRead {
        var handler = Handler(file: file.path, schema: schema, cutoff: cutoff, readRow: readRow)
        let parseProblems = file.parse(into: &handler)
        diagnostics += DiagnosticLimiter.limit(parseProblems)
        skipped += parseProblems.map { SourceLocation(file: file.path, line: $0.location.line) }
        diagnostics += handler.headerProblems + (handler.reader?.diagnostics ?? [])
        records += handler.records
        skipped += handler.skipped
        latestDate.raise(to: handler.reader?.latestDate)
        return LoadReport.FileRead(path: file.path, encoding: file.encoding.rawValue, rows: handler.rows,
                                   ignoredColumns: handler.reader?.map.ignored ?? [])
    }

    private struct Handler: CSVRowHandler {
        let file: String
        let schema: TableSchema
        let cutoff: CivilDate?
        let readRow: (inout RowReader) -> Record?
        var reader: RowReader?
        var headerProblems: [Diagnostic] = []
        var records: [Record] = []
        var skipped: [SourceLocation] = []
        var rows = 0

        init(file: String, schema: TableSchema, cutoff: CivilDate?, readRow: @escaping (inout RowReader) -> Record?) {
            self.file = file
            self.schema = schema
            self.cutoff = cutoff
            self.readRow = readRow
        }

        mutating func handle(_ row: CSVRow) {
            if row.index == 0 {
                let header = (0..<row.count).map { row.string($0) }
                let (map, problems) = HeaderMap.map(header, schema: schema, file: file, line: row.line)
                headerProblems = problems
                reader = map.map { RowReader(file: file, map: $0, schema: schema, cutoff: cutoff) }
                return
            }
            rows += 1
            guard reader != nil else {
                skipped.append(SourceLocation(file: file, line: row.line))
                return
            }
            reader!.begin(row)
            if let record = readRow(&reader!), !reader!.rowFailed {
                records.append(record)
                reader!.accept()
            } else {
                skipped.append(SourceLocation(file: file, line: row.line))
            }
        }
    }
}
