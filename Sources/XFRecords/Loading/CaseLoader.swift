import XFSource
import XFTable

/// Reads case exports into a `CaseStore`, file by file in name order: a later
/// file's row replaces an earlier file's row for the same 信访件编号 entirely; the
/// same 信访件编号 twice in one file is an error naming both lines. Rows with errors
/// are reported and left out (with their position kept for the data-quality page).
///
/// Reading is two steps so that files can be parsed on all cores: `parse` turns one
/// file into its valid rows and problems (depending only on the file, the lists and
/// the cut-off), and `merge` adds them to the store in file-name order.
struct CaseLoader {
    enum Col {
        static let id = 0, registered = 1, channel = 2, persons = 3, category = 4, domain = 5, unit = 6
        static let firstTime = 7, repeated = 8, bypass = 9, acceptance = 10, accepted = 11, extended = 12
        static let closed = 13, route = 14, resolved = 15, rating = 16, rated = 17, backlog = 18
        static let review = 19, reReview = 20
    }

    var store = CaseStore()
    var units: ByteStringIndex
    let domains: ByteStringIndex
    /// Without units.csv, unit names are collected from the cases instead of checked
    /// (in order of first appearance, so files are then parsed one after another).
    let collectsUnits: Bool
    let cutoff: CivilDate?
    var latestDate: CivilDate?
    var rowsRead = 0
    var skipped: [SourceLocation] = []
    var diagnostics: [Diagnostic] = []

    init(units: ByteStringIndex, domains: ByteStringIndex, collectsUnits: Bool, cutoff: CivilDate?) {
        self.units = units
        self.domains = domains
        self.collectsUnits = collectsUnits
        self.cutoff = cutoff
    }

    /// Reads one export; `fileNumber` increases with each file in name order.
    mutating func read(_ file: TableFile, fileNumber: Int) -> LoadReport.FileRead {
        var parser = FileParser(units: units, domains: domains, collectsUnits: collectsUnits, cutoff: cutoff)
        let parsed = parser.parse(file)
        units = parser.units
        return merge(parsed)
    }

    /// A parser for one file with this loader's lists (safe to use on any thread
    /// when units are not collected).
    var fileParser: FileParser {
        FileParser(units: units, domains: domains, collectsUnits: collectsUnits, cutoff: cutoff)
    }

    /// Adds one parsed file's rows and problems, in file-name order.
    mutating func merge(_ parsed: ParsedExport) -> LoadReport.FileRead {
        diagnostics += parsed.diagnostics
        skipped += parsed.skipped
        rowsRead += parsed.file.rows
        latestDate.raise(to: parsed.latestDate)
        parsed.ids.withUnsafeBufferPointer { ids in
            var start = 0
            for k in parsed.records.indices {
                let end = Int(parsed.idEnds[k])
                store.upsert(id: UnsafeBufferPointer(rebasing: ids[start..<end]), hash: parsed.idHashes[k], parsed.records[k])
                start = end
            }
        }
        return parsed.file
    }
}

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

/// Parses one case export into a `ParsedExport`, checking every cell and the
/// duplicates within the file.
struct FileParser: Sendable {
    var units: ByteStringIndex
    let domains: ByteStringIndex
    let collectsUnits: Bool
    let cutoff: CivilDate?
    private var out = ParsedExport(file: LoadReport.FileRead(path: "", encoding: "", rows: 0, ignoredColumns: []))
    /// This file's 信访件编号 so far (valid rows or not) and the line of each first one.
    private var seen = ByteStringIndex()
    private var firstLines: [Int32] = []

    init(units: ByteStringIndex, domains: ByteStringIndex, collectsUnits: Bool, cutoff: CivilDate?) {
        self.units = units
        self.domains = domains
        self.collectsUnits = collectsUnits
        self.cutoff = cutoff
    }

    mutating func parse(_ file: TableFile) -> ParsedExport {
        out = ParsedExport(file: LoadReport.FileRead(path: file.path, encoding: file.encoding.rawValue, rows: 0, ignoredColumns: []))
        seen = ByteStringIndex()
        firstLines = []
        var handler = FileHandler(parser: self, file: file.path)
        let parseProblems = file.parse(into: &handler)
        self = handler.parser
        out.diagnostics += DiagnosticLimiter.limit(parseProblems)
        out.skipped += parseProblems.map { SourceLocation(file: file.path, line: $0.location.line) }
        out.diagnostics += handler.reader?.diagnostics ?? []
        out.latestDate = handler.reader?.latestDate
        out.file.rows = handler.rows
        out.file.ignoredColumns = handler.reader?.map.ignored ?? []
        seen = ByteStringIndex()
        defer { out = ParsedExport(file: out.file) }
        return out
    }

    private struct FileHandler: CSVRowHandler {
        var parser: FileParser
        let file: String
        var reader: RowReader?
        var rows = 0

        init(parser: FileParser, file: String) {
            self.parser = parser
            self.file = file
        }

        mutating func handle(_ row: CSVRow) {
            if row.index == 0 {
                let header = (0..<row.count).map { row.string($0) }
                let (map, problems) = HeaderMap.map(header, schema: .cases, file: file, line: row.line)
                parser.out.diagnostics += problems
                if let map { reader = RowReader(file: file, map: map, schema: .cases, cutoff: parser.cutoff) }
                return
            }
            rows += 1
            guard reader != nil else {
                parser.out.skipped.append(SourceLocation(file: file, line: row.line))
                return
            }
            // Mutated in place: a copy would duplicate the reader's arrays on every row.
            reader!.begin(row)
            parser.readCase(&reader!)
        }
    }

    typealias Col = CaseLoader.Col

    private mutating func readCase(_ r: inout RowReader) {
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
        let idHash = idPresent ? checkDuplicate(&r) : 0
        guard !r.rowFailed, idPresent, let registered, let channel, let category, let domain, let unit else {
            out.skipped.append(SourceLocation(file: r.file, line: r.line))
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
        out.ids.append(contentsOf: r.cell(Col.id))
        out.idEnds.append(UInt32(out.ids.count))
        out.idHashes.append(idHash)
        out.records.append(record)
        r.accept()
    }

    /// The same 信访件编号 earlier in this file, valid or not, is an error naming
    /// both lines. Returns the id's hash, which the merge reuses.
    private mutating func checkDuplicate(_ r: inout RowReader) -> UInt32 {
        let id = r.cell(Col.id)
        let hash = ByteStringIndex.hash(id)
        let (index, inserted) = seen.insert(id, hash: hash)
        if inserted {
            firstLines.append(Int32(r.line))
        } else {
            r.fail(Col.id, code: .caseDuplicateID,
                   message: "同一文件中信访件编号重复：第 \(firstLines[index]) 行和第 \(r.line) 行是同一个编号。",
                   fix: "同一个导出文件里每件只能出现一次；删去重复的一行（保留信息最新的一行）。")
        }
        return hash
    }
}
