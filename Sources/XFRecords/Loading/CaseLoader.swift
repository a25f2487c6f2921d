import XFSource
import XFTable

/// Reads case exports into a `CaseStore`, file by file in name order: a later
/// file's row replaces an earlier file's row for the same 信访件编号 entirely; the
/// same 信访件编号 twice in one file is an error naming both lines. Rows with errors
/// are reported and left out (with their position kept for the data-quality page).
struct CaseLoader: TableRowConsumer {
    enum Col {
        static let id = 0, registered = 1, channel = 2, persons = 3, category = 4, domain = 5, unit = 6
        static let firstTime = 7, repeated = 8, bypass = 9, acceptance = 10, accepted = 11, extended = 12
        static let closed = 13, route = 14, resolved = 15, rating = 16, rated = 17, backlog = 18
        static let review = 19, reReview = 20
    }

    var store = CaseStore()
    var units: ByteStringIndex
    let domains: ByteStringIndex
    /// Without units.csv, unit names are collected from the cases instead of checked.
    let collectsUnits: Bool
    let cutoff: CivilDate?
    var latestDate: CivilDate?
    var rowsRead = 0
    var skipped: [SourceLocation] = []
    var diagnostics: [Diagnostic] = []
    /// For each stored case, the file number and line its current row came from.
    private var origin: [(file: Int32, line: Int32)] = []
    /// Ids of the current file's rows that had errors, so a duplicate of one is still caught.
    private var failedRowIDs: [String: Int32] = [:]
    /// The number of the file being read.
    private var currentFile: Int32 = 0

    init(units: ByteStringIndex, domains: ByteStringIndex, collectsUnits: Bool, cutoff: CivilDate?) {
        self.units = units
        self.domains = domains
        self.collectsUnits = collectsUnits
        self.cutoff = cutoff
    }

    /// Reads one export; `fileNumber` increases with each file in name order.
    mutating func read(_ file: TableFile, fileNumber: Int) -> LoadReport.FileRead {
        // The loader moves into the reader and back, so its store is never copied.
        currentFile = Int32(fileNumber)
        let outcome = TableFileReader.read(file, schema: .cases, cutoff: cutoff, into: self)
        self = outcome.consumer
        failedRowIDs = [:]
        rowsRead += outcome.report.rows
        diagnostics += outcome.diagnostics
        skipped += outcome.unparsed
        latestDate.raise(to: outcome.latestDate)
        return outcome.report
    }

    mutating func read(_ reader: inout RowReader) { readCase(&reader, fileNumber: currentFile) }

    mutating func skip(_ location: SourceLocation) { skipped.append(location) }

    private mutating func readCase(_ r: inout RowReader, fileNumber: Int32) {
        let idPresent = r.requirePresent(Col.id)
        let registered = r.date(Col.registered, required: true)
        let channel = r.choice(Col.channel, Vocabulary.channels, required: true)
        let persons = r.integer(Col.persons, fallback: 1)
        if persons == 0 {
            r.fail(Col.persons, code: .cellPersons, message: "人数至少为 1。", fix: "填写实际人数；留空表示 1 人。")
        }
        let category = r.choice(Col.category, Vocabulary.categories, required: true)
        let domain = r.name(Col.domain, in: domains, listFile: "domains.csv", required: true)
        var unit: Int?
        if collectsUnits {
            if r.requirePresent(Col.unit) {
                if units.count < CaseRecord.maxUnits {
                    unit = units.insert(r.cell(Col.unit)).index
                } else if let known = units.find(r.cell(Col.unit)) {
                    unit = known
                } else {
                    // A record keeps its unit in 16 bits; so many names is a wrong column, not a county.
                    r.fail(Col.unit, code: .contentTooManyUnits,
                           message: "责任单位已超过 \(CaseRecord.maxUnits) 个，从这一行起出现的新单位名称无法收录。",
                           fix: "检查「责任单位」列是否填错（例如填进了事项内容或编号）；单位确实很多时，请建立 units.csv 列出全部单位。")
                }
            }
        } else {
            unit = r.name(Col.unit, in: units, listFile: "units.csv", required: true)
        }
        let firstTime = r.boolean(Col.firstTime)
        let repeated = r.boolean(Col.repeated)
        let bypass = r.boolean(Col.bypass)
        let acceptance = r.choice(Col.acceptance, Vocabulary.acceptances) ?? .undecided
        let accepted = r.date(Col.accepted)
        let extended = r.boolean(Col.extended)
        let closed = r.date(Col.closed)
        let route = r.choice(Col.route, Vocabulary.routes) ?? .none
        let resolved = r.boolean(Col.resolved)
        let rating = r.choice(Col.rating, Vocabulary.ratings) ?? .none
        var rated = r.date(Col.rated)
        let backlog = r.boolean(Col.backlog)
        let review = r.date(Col.review)
        let reReview = r.date(Col.reReview)
        if rating != .none && rated == nil { rated = closed }

        CaseRules.check(&r, registered: registered, acceptance: acceptance, accepted: accepted, closed: closed,
                        rating: rating, rated: rated)
        if idPresent { checkDuplicate(&r, fileNumber: fileNumber) }
        guard !r.rowFailed, idPresent, let registered, let channel, let category, let domain, let unit else {
            skipped.append(SourceLocation(file: r.file, line: r.line))
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
        store(record, reader: &r, fileNumber: fileNumber)
    }

    /// The same 信访件编号 earlier in this file, valid or not, is an error naming both lines.
    private mutating func checkDuplicate(_ r: inout RowReader, fileNumber: Int32) {
        var firstLine = failedRowIDs.isEmpty ? nil : failedRowIDs[r.text(Col.id) ?? ""]
        if firstLine == nil, let existing = store.index(of: r.cell(Col.id)), origin[existing].file == fileNumber {
            firstLine = origin[existing].line
        }
        if let firstLine {
            r.fail(Col.id, code: .caseDuplicateID,
                   message: "同一文件中信访件编号重复：第 \(firstLine) 行和第 \(r.line) 行是同一个编号。",
                   fix: "同一个导出文件里每件只能出现一次；删去重复的一行（保留信息最新的一行）。")
        } else if r.rowFailed {
            failedRowIDs[r.text(Col.id) ?? ""] = Int32(r.line)
        }
    }

    private mutating func store(_ record: CaseRecord, reader r: inout RowReader, fileNumber: Int32) {
        let line = Int32(r.line)
        switch store.upsert(id: r.cell(Col.id), record) {
        case .inserted: origin.append((fileNumber, line))
        case .replaced(let index): origin[index] = (fileNumber, line)
        }
        r.accept()
    }
}
