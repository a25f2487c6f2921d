import Foundation
import XFCalendar
import XFSource
import XFTable
import XFVocabulary
import XFWorkbook

/// One case export after parsing: its valid rows in file order (records, and
/// their 信访件编号 by file or sheet in `parts`) and everything that was wrong with it.
struct ParsedExport: Sendable {
    var file: LoadReport.FileRead
    var parts: [ExportIDs] = []
    var records: [CaseRecord] = []
    var diagnostics: [Diagnostic] = []
    var skipped: [SourceLocation] = []
    var latestDate: CivilDate?
}

/// The 信访件编号 of one file or sheet, each once, in order of first appearance,
/// with their hashes (which the merge reuses). Its valid rows' records belong to
/// these ids in order, except the ids in `dropped` (whose first row had an
/// error): the duplicate check within the file and the merge read the same copy
/// of each id.
struct ExportIDs: Sendable {
    var ids = ByteStringIndex()
    var hashes: [UInt32] = []
    /// Entries of `ids` in ascending order.
    var dropped: [Int32] = []
}

/// Parses one case export, CSV or workbook, into a `ParsedExport`, checking every
/// cell and the duplicates within the file (within each sheet of a workbook: its
/// sheets merge like files, in workbook order).
struct CaseFileParser: TableRowConsumer, Sendable {

    var units: ByteStringIndex
    let domains: NameTable
    /// `units` for lookups (when they are not collected from the cases).
    private let unitNames: NameTable
    let collectsUnits: Bool
    let cutoff: CivilDate?
    private var out = ParsedExport(file: LoadReport.FileRead(path: "", encoding: "", rows: 0, ignoredColumns: []))
    /// This file's (or sheet's) ids so far, valid rows or not, and the line of each first one.
    private var current = ExportIDs()
    private var firstLines: [Int32] = []
    /// The lists, held here so that each row does not go through the globals' lazy initialisers.
    private let channels = Vocabulary.channels, categories = Vocabulary.categories
    private let acceptances = Vocabulary.acceptances, routes = Vocabulary.routes, ratings = Vocabulary.ratings

    init(units: ByteStringIndex, domains: ByteStringIndex, collectsUnits: Bool, cutoff: CivilDate?) {
        self.units = units
        self.domains = NameTable(domains)
        unitNames = NameTable(collectsUnits ? ByteStringIndex() : units)
        self.collectsUnits = collectsUnits
        self.cutoff = cutoff
    }

    /// Reads one case export, CSV or workbook. A CSV file that is not valid UTF-8
    /// is decoded here (its UTF-8 is checked while it is parsed, `TableFile`);
    /// one that cannot be decoded fails as reading it would have.
    static func read(_ url: URL, as path: String) -> Result<TableSource, Diagnostic> {
        if TableSource.isWorkbook(path) { return TableSource.read(url, as: path) }
        return TableFile.read(url, as: path, checkingTextWhileParsing: true).map(TableSource.csv)
    }

    mutating func parse(_ source: TableSource) -> Result<ParsedExport, Diagnostic> {
        startMergeUnit()
        switch source {
        case .csv(let file):
            // About one row per 100 bytes, each id about 15 bytes (a guess, to size the duplicate check once).
            let rows = file.byteCount / 100
            current.ids = ByteStringIndex(expecting: rows, keyBytes: rows * 15)
            firstLines.reserveCapacity(rows)
            // The parser moves into the reader and back, so its arrays are never copied.
            let outcome = TableFileReader.read(file, schema: .cases, cutoff: cutoff, into: self)
            self = outcome.consumer
            if let problem = outcome.unreadable {
                startMergeUnit()
                out = ParsedExport(file: out.file)
                return .failure(problem)
            }
            out.file = outcome.report
            out.diagnostics += outcome.diagnostics
            out.skipped += outcome.unparsed
            out.latestDate = outcome.latestDate
        case .workbook(let file):
            var reader = WorkbookTableReader(file: file, schema: .cases, cutoff: cutoff)
            var sink = SheetSink(parser: self)
            reader.read(into: &sink)
            self = sink.parser
            out.file = LoadReport.FileRead(path: file.path, encoding: file.workbook.format.rawValue, rows: reader.rows,
                                           ignoredColumns: reader.ignored)
            out.diagnostics += reader.diagnostics
            out.skipped += reader.skipped
            out.latestDate = reader.latestDate
        }
        startMergeUnit()
        let parsed = out
        out = ParsedExport(file: parsed.file)
        return .success(parsed)
    }

    /// A new file or sheet: duplicates are looked for within it only. The ids of
    /// the one before go with its records.
    private mutating func startMergeUnit() {
        if current.ids.count > 0 { out.parts.append(current) }
        current = ExportIDs()
        firstLines = []
    }

    private struct SheetSink: WorkbookRowSink {
        var parser: CaseFileParser

        mutating func beginSheet(_ sheet: SheetInfo) { parser.startMergeUnit() }

        mutating func row(_ reader: inout RowReader) { parser.readCase(&reader) }
    }

    mutating func read(_ reader: inout RowReader) { readCase(&reader) }

    mutating func skip(_ location: SourceLocation) { out.skipped.append(location) }

    private mutating func readCase(_ r: inout RowReader) {
        let idPresent = r.requirePresent(CaseColumn.id)
        let registered = r.date(CaseColumn.registered, required: true)
        let channel = r.choice(CaseColumn.channel, channels, required: true)
        let persons = r.integer(CaseColumn.persons, fallback: 1)
        if persons == 0 {
            r.fail(CaseColumn.persons, code: .cellPersons, message: "人数至少为 1。", fix: "填写实际人数；留空表示 1 人。")
        }
        let category = r.choice(CaseColumn.category, categories, required: true)
        let domain = r.name(CaseColumn.domain, in: domains, listFile: "domains.csv", required: true)
        var unit: Int?
        if collectsUnits {
            if r.requirePresent(CaseColumn.unit) {
                if units.count < CaseRecord.maxUnits {
                    unit = units.insert(r.cell(CaseColumn.unit)).index
                } else if let known = units.find(r.cell(CaseColumn.unit)) {
                    unit = known
                } else {
                    // A record keeps its unit in 16 bits; so many names is a wrong column, not a county.
                    r.fail(CaseColumn.unit, code: .contentTooManyUnits,
                           message: "责任单位已超过 \(CaseRecord.maxUnits) 个，从这一行起出现的新单位名称无法收录。",
                           fix: "检查「责任单位」列是否填错（例如填进了事项内容或编号）；单位确实很多时，请建立 units.csv 列出全部单位。")
                }
            }
        } else {
            unit = r.name(CaseColumn.unit, in: unitNames, listFile: "units.csv", required: true)
        }
        let firstTime = r.boolean(CaseColumn.firstTime)
        let repeated = r.boolean(CaseColumn.repeated)
        let bypass = r.boolean(CaseColumn.bypass)
        let acceptance = r.choice(CaseColumn.acceptance, acceptances) ?? .undecided
        let accepted = r.date(CaseColumn.accepted)
        let extended = r.boolean(CaseColumn.extended)
        let closed = r.date(CaseColumn.closed)
        let route = r.choice(CaseColumn.route, routes) ?? .none
        let resolved = r.boolean(CaseColumn.resolved)
        let rating = r.choice(CaseColumn.rating, ratings) ?? .none
        var rated = r.date(CaseColumn.rated)
        let backlog = r.boolean(CaseColumn.backlog)
        let review = r.date(CaseColumn.review)
        let reReview = r.date(CaseColumn.reReview)
        if rating != .none && rated == nil { rated = closed }

        CaseRules.check(&r, registered: registered, acceptance: acceptance, accepted: accepted, closed: closed,
                        rating: rating, rated: rated)
        let newID = idPresent && checkDuplicate(&r)
        guard !r.rowFailed, idPresent, let registered, let channel, let category, let domain, let unit else {
            if newID { current.dropped.append(Int32(current.ids.count - 1)) }
            out.skipped.append(r.rowLocation)
            return
        }
        var record = CaseRecord(registered: registered, unit: unit, domain: domain, channel: channel, category: category)
        record.persons = UInt32(persons)
        record.acceptance = acceptance
        record.accepted = accepted
        record.closed = closed
        record.rating = rating
        record.rated = rated
        record.review = review
        record.reReview = reReview
        record.route = route
        record.isFirstTime = firstTime
        record.isRepeated = repeated
        record.isBypass = bypass
        record.isExtended = extended
        record.isResolved = resolved
        record.isBacklog = backlog
        out.records.append(record)
        r.accept()
    }

    /// The same 信访件编号 earlier in this file (or sheet), valid or not, is an error
    /// naming both lines. Returns whether the id is new (then the last of `current`).
    private mutating func checkDuplicate(_ r: inout RowReader) -> Bool {
        let id = r.cell(CaseColumn.id)
        let hash = ByteStringIndex.hash(id)
        let (index, inserted) = current.ids.insert(id, hash: hash)
        if inserted {
            current.hashes.append(hash)
            firstLines.append(Int32(r.line))
        } else {
            r.fail(CaseColumn.id, code: .caseDuplicateID,
                   message: "同一文件中信访件编号重复：第 \(firstLines[index]) 行和第 \(r.line) 行是同一个编号。",
                   fix: "同一个导出文件里每件只能出现一次；删去重复的一行（保留信息最新的一行）。")
        }
        return inserted
    }
}
