import XFCalendar
import XFSource
import XFTable

/// What a loader does with the data rows of one table file, once the header is
/// mapped onto its schema.
protocol TableRowConsumer {
    /// A data row whose header could be mapped; `reader` is positioned on it.
    mutating func read(_ reader: inout RowReader)
    /// A data row of a file whose header could not be mapped.
    mutating func skip(_ location: SourceLocation)
}

/// The one place where a table file's rows come in: the first row is mapped onto
/// the schema (`HeaderMap`), every later row goes through one `RowReader` to the
/// consumer. CSV feeds it through `CSVRowHandler`; another reader (a workbook's
/// sheet, located by sheet and cell) can feed the same header-then-rows sequence.
struct TableFileReader<Consumer: TableRowConsumer>: CSVRowHandler {
    let file: String
    let schema: TableSchema
    let cutoff: CivilDate?
    var consumer: Consumer
    private(set) var reader: RowReader?
    private(set) var headerProblems: [Diagnostic] = []
    private(set) var rows = 0
    private var headerRows: HeaderRows
    /// The header `isHeader` found (two rows joined, when written on two).
    private var found: [String]?
    private var headerLine = 0
    /// The fields of the row just handled that the reader vouched for.
    private var known: UInt64 = 0

    init(file: String, schema: TableSchema, cutoff: CivilDate?, consumer: Consumer) {
        self.file = file
        self.schema = schema
        self.cutoff = cutoff
        self.consumer = consumer
        headerRows = HeaderRows(schema: schema)
    }

    /// The header is the first row (within the parser's first ten) that names the
    /// schema's required columns, alone or completed by the row above (a header
    /// on two rows, as workbooks have it): title, 导出时间 and blank lines above it are passed over.
    mutating func isHeader(_ row: CSVRow) -> Bool {
        found = headerRows.header((0..<row.count).map { row.string($0) }, line: row.line)
        return found != nil
    }

    func knownUTF8Fields() -> UInt64 { known }

    mutating func handle(_ row: CSVRow) {
        known = 0
        if row.index == 0 {
            // No row within the first ten named the columns: the first row is the header, and its problems are reported.
            let header = found ?? (0..<row.count).map { row.string($0) }
            let (map, problems) = HeaderMap.map(header, schema: schema, file: file, line: row.line)
            headerProblems = problems
            reader = map.map { RowReader(file: file, map: $0, schema: schema, cutoff: cutoff) }
            headerLine = row.line
            return
        }
        if row.index == 1 && row.line == headerLine + 1, let current = reader?.map {
            let texts = (0..<row.count).map { row.string($0) }
            let cells = texts.filter { !CellText.trim($0).isEmpty }.count
            if let map = HeaderRows.subHeader(texts, cellCount: cells, under: current, schema: schema, file: file, line: row.line) {
                reader = RowReader(file: file, map: map, schema: schema, cutoff: cutoff)
                return
            }
        }
        rows += 1
        guard reader != nil else {
            consumer.skip(SourceLocation(file: file, line: row.line))
            return
        }
        // Mutated in place: a copy would duplicate the reader's arrays on every row.
        reader!.begin(row)
        consumer.read(&reader!)
        known = reader!.knownUTF8
    }

    /// What reading one whole file found, for the loader to keep.
    struct Outcome {
        var consumer: Consumer
        var report: LoadReport.FileRead
        /// Syntax, header and cell problems, in that order (syntax limited per kind).
        var diagnostics: [Diagnostic]
        /// Rows the CSV syntax made unreadable.
        var unparsed: [SourceLocation]
        var latestDate: CivilDate?
        /// A file read with `checkingTextWhileParsing` that could not be decoded
        /// after all: what reading it would have reported (also in `diagnostics`);
        /// nothing else was read.
        var unreadable: Diagnostic?
    }

    /// Parses `file` into `consumer` under `schema`.
    static func read(_ file: TableFile, schema: TableSchema, cutoff: CivilDate?, into consumer: Consumer) -> Outcome {
        var handler = TableFileReader(file: file.path, schema: schema, cutoff: cutoff, consumer: consumer)
        let parseProblems = file.parse(into: &handler)
        if let problem = file.unreadable {
            return Outcome(consumer: consumer, report: LoadReport.FileRead(path: file.path, encoding: "", rows: 0, ignoredColumns: []),
                           diagnostics: [problem], unparsed: [], latestDate: nil, unreadable: problem)
        }
        return Outcome(consumer: handler.consumer,
                       report: LoadReport.FileRead(path: file.path, encoding: file.encoding.rawValue, rows: handler.rows,
                                                   ignoredColumns: handler.reader?.map.ignored ?? []),
                       diagnostics: DiagnosticLimiter.limit(parseProblems) + handler.headerProblems
                           + (handler.reader?.diagnostics ?? []),
                       unparsed: parseProblems.map { SourceLocation(file: file.path, line: $0.location.line) },
                       latestDate: handler.reader?.latestDate)
    }
}
