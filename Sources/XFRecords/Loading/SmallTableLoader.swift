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
        let outcome = TableFileReader.read(file, schema: schema, cutoff: cutoff, into: Rows(readRow: readRow))
        diagnostics += outcome.diagnostics
        skipped += outcome.unparsed + outcome.consumer.skipped
        records += outcome.consumer.records
        latestDate.raise(to: outcome.latestDate)
        return outcome.report
    }

    /// Keeps what `readRow` makes of each row that has no errors.
    private struct Rows: TableRowConsumer {
        let readRow: (inout RowReader) -> Record?
        var records: [Record] = []
        var skipped: [SourceLocation] = []

        mutating func read(_ reader: inout RowReader) {
            if let record = readRow(&reader), !reader.rowFailed {
                records.append(record)
                reader.accept()
            } else {
                skipped.append(SourceLocation(file: reader.file, line: reader.line))
            }
        }

        mutating func skip(_ location: SourceLocation) { skipped.append(location) }
    }
}
