import XFCalendar
import XFSource
import XFTable
import XFVocabulary
import XFWorkbook

/// One case export after parsing: its valid rows in file order (信访件编号 bytes,
/// their hashes, records) and everything that was wrong with it.
struct ParsedExport: Sendable {
    var file: LoadReport.FileRead
    var ids: [UInt8] = []
    var idEnds: [UInt32] = []
    var idHashes: [UInt32] = []
    var records: [CaseRecord] = []
    var diagnostics: [Diagnostic] = []
    var skipped: [SourceLocation] = []
    var latestDate: CivilDate?
}

/// Parses one case export, CSV or workbook, into a `ParsedExport`, checking every
/// cell and the duplicates within the file (within each sheet of a workbook: its
/// sheets merge like files, in workbook order).
struct CaseFileParser: TableRowConsumer, Sendable {

    var units: ByteStringIndex
    let domains: ByteStringIndex
    let collectsUnits: Bool
    let cutoff: CivilDate?
    private var out = ParsedExport(file: LoadReport.FileRead(path: "", encoding: "", rows: 0, ignoredColumns: []))
    /// This file's (or sheet's) 信访件编号 so far, valid rows or not, and the line of each first one.
    private var seen = ByteStringIndex()
    private var firstLines: [Int32] = []
    /// The lists, held here so that each row does not go through the globals' lazy initialisers.
    private let channels = Vocabulary.channels, categories = Vocabulary.categories
    private let acceptances = Vocabulary.acceptances, routes = Vocabulary.routes, ratings = Vocabulary.ratings

    init(units: ByteStringIndex, domains: ByteStringIndex, collectsUnits: Bool, cutoff: CivilDate?) {
        self.units = units
        self.domains = domains
        self.collectsUnits = collectsUnits
        self.cutoff = cutoff
    }

    mutating func parse(_ source: TableSource) -> ParsedExport {
        startMergeUnit()
        switch source {
        case .csv(let file):
            // About one row per 100 bytes, each id about 15 bytes (a guess, to size the duplicate check once).
            let rows = file.withBytes { $0.count } / 100
            seen = ByteStringIndex(expecting: rows, keyBytes: rows * 15)
            firstLines.reserveCapacity(rows)
            // The parser moves into the reader and back, so its arrays are never copied.
            let outcome = TableFileReader.read(file, schema: .cases, cutoff: cutoff, into: self)
            self = outcome.consumer
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
        let parsed = out
        out = ParsedExport(file: parsed.file)
        startMergeUnit()
        return parsed
    }

    /// A new file or sheet: duplicates are looked for within it only.
    private mutating func startMergeUnit() {
        seen = ByteStringIndex()
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
            unit = r.name(CaseColumn.unit, in: units, listFile: "units.csv", required: true)
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
        let idHash = idPresent ? checkDuplicate(&r) : 0
        guard !r.rowFailed, idPresent, let registered, let channel, let category, let domain, let unit else {
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
        out.ids.append(contentsOf: r.cell(CaseColumn.id))
        out.idEnds.append(UInt32(out.ids.count))
        out.idHashes.append(idHash)
        out.records.append(record)
        r.accept()
    }

    /// The same 信访件编号 earlier in this file (or sheet), valid or not, is an error
    /// naming both lines. Returns the id's hash, which the merge reuses.
    private mutating func checkDuplicate(_ r: inout RowReader) -> UInt32 {
        let id = r.cell(CaseColumn.id)
        let hash = ByteStringIndex.hash(id)
        let (index, inserted) = seen.insert(id, hash: hash)
        if inserted {
            firstLines.append(Int32(r.line))
        } else {
            r.fail(CaseColumn.id, code: .caseDuplicateID,
                   message: "同一文件中信访件编号重复：第 \(firstLines[index]) 行和第 \(r.line) 行是同一个编号。",
                   fix: "同一个导出文件里每件只能出现一次；删去重复的一行（保留信息最新的一行）。")
        }
        return hash
    }
}
