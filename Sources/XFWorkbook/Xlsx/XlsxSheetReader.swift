import XFSource

/// Reads one worksheet part in one pass while it is inflated: `<row r="17">` and
/// `<c r="C17" t="s" s="3"><v>…</v></c>` into `SheetRow`s, with cell types
/// `s`, `str`, `inlineStr`, `n`, `b`, `e`, `d` and dates known by the cell's style.
/// Rows and cells may be sparse; rows out of order, references beyond XFD1048576,
/// unknown shared strings and malformed XML each become a located problem.
struct XlsxSheetReader {
    let sheet: String
    let part: String
    let strings: SharedStrings
    let dateStyles: [Bool]
    var problems: [WorkbookProblem] = []
    var merges: [MergedRange] = []

    private var row = SheetRow()
    private var scratch = RowScratch()
    var inRow = false
    var rowNumber = 0
    var lastColumn = -1
    var rowSkipped = false
    /// The row number's decimal digits, packed little-endian, and their count: the
    /// fast path checks a reference's row against them without parsing it.
    var rowDigits: UInt64 = 0
    var rowDigitCount = 0
    /// The low `rowDigitCount` bytes of a word (0 when the fast path must not match).
    var rowDigitMask: UInt64 = 0
    /// Whether the handler asked to stop.
    var stopped = false

    // The cell being read.
    var inCell = false
    var cellColumn = 0
    var cellType: UInt8 = 0x6E   // n
    var cellStyle = 0
    var cellSkipped = false
    private var value: [UInt8] = []
    private var inValue = false
    private var inInlineText = false
    private var phonetic = 0

    static let problemLimit = 200

    init(sheet: String, part: String, strings: SharedStrings, dateStyles: [Bool]) {
        self.sheet = sheet
        self.part = part
        self.strings = strings
        self.dateStyles = dateStyles
        value.reserveCapacity(256)
        row.strings = strings.bytes
    }

    mutating func read<Handler: SheetRowHandler>(_ archive: ZipArchive, entry: ZipArchive.Entry, into handler: inout Handler) {
        read({ sink in try archive.read(entry, sink: sink) }, into: &handler)
    }

    /// Reads the part as `stream` hands it over in chunks (of any size) to its sink.
    mutating func read<Handler: SheetRowHandler>(_ stream: ((UnsafeBufferPointer<UInt8>) throws -> Bool) throws -> Void,
                                                 into handler: inout Handler) {
        var scanner = XMLScanner(UnsafeBufferPointer(start: nil, count: 0), isFinal: false)
        var chunks = XMLChunks()
        defer { scratch.release() }
        do {
            try stream { chunk in
                try chunks.feed(chunk, scanner: &scanner, isFinal: false) { try parse(&$0, &handler) }
                return !stopped
            }
            if !stopped {
                try chunks.feed(UnsafeBufferPointer(start: nil, count: 0), scanner: &scanner, isFinal: true) { try parse(&$0, &handler) }
            }
        } catch Inflater.Failure.stopped {
            // The handler or the problem limit stopped the sheet.
        } catch let problem as WorkbookProblem {
            var located = problem
            located.sheet = located.sheet ?? sheet
            problems.append(located)
        } catch {
            problems.append(XlsxParts.malformed(part: part, sheet: sheet, "\(error)"))
        }
    }

    private var here: String {
        inCell ? CellReference.name(column: cellColumn, row: rowNumber) : String(rowNumber)
    }

    private mutating func report(_ code: DiagnosticCode, cell: String?, value: String? = nil, _ message: String, fix: String) throws {
        problems.append(WorkbookProblem(code: code, sheet: sheet, cell: cell, value: value, message: message, fix: fix))
        if problems.count >= Self.problemLimit {
            problems.append(WorkbookProblem(code: .xlsxTooManyProblems, sheet: sheet,
                                            message: "该工作表的结构问题过多，已停止读取。", fix: WorkbookProblem.saveAsXlsx))
            stopped = true
            throw Inflater.Failure.stopped
        }
    }

    private mutating func parse<Handler: SheetRowHandler>(_ scanner: inout XMLScanner, _ handler: inout Handler) throws {
        while !stopped {
            if inRow && !inCell {
                // Cells of the usual shape are read in one go; anything else takes the general path below.
                let consumed = try fastCells(scanner.unread, rowIsInnermost: scanner.innermostIs("row"), &handler)
                if consumed > 0 { scanner.skip(consumed) }
                if stopped { return }
            }
            let token: XMLScanner.Token
            do { token = try scanner.next() } catch {
                throw XlsxParts.malformed(part: part, sheet: sheet, cell: rowNumber > 0 ? here : nil, error.message)
            }
            switch token {
            case .needMore, .done: return
            case .text:
                if inValue {
                    try decodeText(scanner)
                } else if inInlineText && phonetic == 0 {
                    try decodeText(scanner)
                }
            case .start:
                switch scanner.nameEnd - scanner.nameStart {
                case 1:
                    if scanner.nameIs("c") {
                        try startCell(scanner)
                    } else if scanner.nameIs("v") {
                        inValue = inCell && !scanner.isSelfClosing
                    } else if scanner.nameIs("t") {
                        inInlineText = inCell && !scanner.isSelfClosing
                    }
                case 3:
                    if scanner.nameIs("row") {
                        try startRow(scanner)
                        if scanner.isSelfClosing { try endRow(&handler) }
                    } else if scanner.nameIs("rPh") && !scanner.isSelfClosing {
                        phonetic += 1
                    }
                case 9:
                    if scanner.nameIs("mergeCell") { try mergeCell(scanner) }
                default: break
                }
            case .end:
                switch scanner.nameEnd - scanner.nameStart {
                case 1:
                    if scanner.nameIs("c") { try endCell() } else if scanner.nameIs("v") { inValue = false } else if scanner.nameIs("t") { inInlineText = false }
                case 3:
                    if scanner.nameIs("row") { try endRow(&handler) } else if scanner.nameIs("rPh") { phonetic -= 1 }
                default: break
                }
            }
        }
    }

    private mutating func decodeText(_ scanner: XMLScanner) throws {
        do { try scanner.appendText(to: &value) } catch {
            throw XlsxParts.malformed(part: part, sheet: sheet, cell: here, error.message)
        }
    }

    private mutating func startRow(_ scanner: XMLScanner) throws {
        var number = rowNumber + 1
        var bad: String?
        // The closures below touch locals only: one that touched `self` would copy the whole reader per row and cell.
        do {
            try scanner.forEachAttribute { (name, value) throws(XMLScanner.Failure) in
                guard name.count == 1, name[0] == 0x72 else { return }
                if let parsed = Self.integer(value), parsed >= 1, parsed <= CellReference.maxRows { number = parsed } else { bad = String(decoding: value, as: UTF8.self) }
            }
        } catch { throw malformedAttributes(error) }
        if let bad {
            beginRow(rowNumber)
            try report(.xlsxBadRow, cell: String(rowNumber + 1), value: bad, "行号「\(bad)」无效（Excel 的行号为 1 到 1048576）。",
                       fix: WorkbookProblem.saveAsXlsx)
            rowSkipped = true
        } else if number > CellReference.maxRows {
            // A row without `r` is numbered on from the last one, and may pass Excel's last row.
            beginRow(number)
            try report(.xlsxBadRow, cell: String(number), value: String(number), "第 \(number) 行超出 Excel 的最大行数 1048576（行未标行号，按顺序计数），本行未读取。",
                       fix: WorkbookProblem.saveAsXlsx)
            rowSkipped = true
        } else if number <= rowNumber {
            beginRow(rowNumber)
            try report(.xlsxRowOrder, cell: String(number), "第 \(number) 行出现在第 \(rowNumber) 行之后，行的顺序错乱（文件可能被其他程序改写过），本行未读取。",
                       fix: WorkbookProblem.saveAsXlsx)
            rowSkipped = true
        } else {
            beginRow(number)
        }
    }

    /// Starts row `number` (the general path and the fast path share it).
    mutating func beginRow(_ number: Int) {
        inRow = true
        lastColumn = -1
        rowSkipped = false
        rowNumber = number
        row.reset(number: number)
        scratch.clear()
        var digits: UInt64 = 0, count = 0
        var rest = number
        repeat {
            digits = digits << 8 | UInt64(0x30 + rest % 10)
            rest /= 10
            count += 1
        } while rest > 0
        // Rows numbered without `r` may count past Excel's last row: beyond 7 digits no
        // reference matches here (no digit byte is 1), and the general path reports them.
        (rowDigits, rowDigitCount, rowDigitMask) = count <= 7 ? (digits, count, (1 << UInt64(count << 3)) - 1) : (1, count, 0)
    }

    mutating func endRow<Handler: SheetRowHandler>(_ handler: inout Handler) throws {
        guard inRow else { return }
        inRow = false
        scratch.flush(into: &row)
        if !rowSkipped && !row.cells.isEmpty && !handler.handle(row) {
            stopped = true
            throw Inflater.Failure.stopped
        }
    }

    private mutating func startCell(_ scanner: XMLScanner) throws {
        guard inRow else {
            throw XlsxParts.malformed(part: part, sheet: sheet, "单元格（<c>）不在任何行（<row>）之内")
        }
        var reference: UnsafeBufferPointer<UInt8>?
        var type: UInt8 = 0x6E, style = 0
        do {
            try scanner.forEachAttribute { (name, value) throws(XMLScanner.Failure) in
                guard name.count == 1 else { return }
                switch name[0] {
                case 0x72: reference = value   // r
                case 0x74: type = Self.cellType(value)   // t
                case 0x73: style = Self.integer(value) ?? 0   // s
                default: break
                }
            }
        } catch { throw malformedAttributes(error) }
        value.removeAll(keepingCapacity: true)
        try beginCell(reference: reference, type: type, style: style)
        if scanner.isSelfClosing { inCell = false }
    }

    /// The cell type from `t`: its one letter, `S` for `str`, `I` for `inlineStr`, `?` for anything else.
    @inline(__always) static func cellType(_ value: UnsafeBufferPointer<UInt8>) -> UInt8 {
        value.count == 1 ? value[0] : (value.count >= 2 && value[0] == 0x73 ? 0x53 : value.first == 0x69 ? 0x49 : 0x3F)
    }

    /// Starts a cell of the current row from its attributes (the general path and
    /// the fast path share it): its column, or a located problem that skips it.
    mutating func beginCell(reference: UnsafeBufferPointer<UInt8>?, type: UInt8, style: Int) throws {
        inCell = true
        cellSkipped = rowSkipped
        var column = lastColumn + 1
        var badReference: String?
        var beyond = false
        if let reference {
            if let parsed = CellReference.parse(reference), parsed.row == rowNumber {
                column = parsed.column
            } else {
                badReference = String(decoding: reference, as: UTF8.self)
                beyond = CellReference.parse(reference) == nil
            }
        }
        cellType = type
        cellStyle = style
        if rowSkipped {
            cellColumn = max(0, column)
        } else if let badReference {
            cellColumn = column
            try report(.xlsxBadReference, cell: String(rowNumber), value: badReference,
                       beyond ? "单元格引用「\(badReference)」无效或超出 Excel 的范围（最大 XFD1048576），该格未读取。"
                              : "单元格引用「\(badReference)」不在它所在的第 \(rowNumber) 行，该格未读取。",
                       fix: WorkbookProblem.saveAsXlsx)
            cellSkipped = true
        } else if column <= lastColumn {
            cellColumn = column
            try report(.xlsxCellOrder, cell: CellReference.name(column: column, row: rowNumber),
                       "单元格重复或顺序错乱，该格未读取。", fix: WorkbookProblem.saveAsXlsx)
            cellSkipped = true
        } else {
            cellColumn = column
            lastColumn = column
        }
    }

    private mutating func endCell() throws {
        guard inCell else { return }
        inValue = false
        inInlineText = false
        if value.isEmpty { inCell = false; return }
        // `value` is read, not changed, while the cell is finished; a copy would cost an allocation.
        let text = value
        try text.withUnsafeBufferPointer { try finishCell($0) }
    }

    /// Ends the current cell with its text (entities decoded) into the row.
    mutating func finishCell(_ value: UnsafeBufferPointer<UInt8>) throws {
        inCell = false
        guard !cellSkipped, !value.isEmpty else { return }
        switch cellType {
        case 0x73:   // s: shared string index
            guard appendShared(value) else {
                inCell = true
                defer { inCell = false }
                try report(.xlsxBadSharedString, cell: here, value: String(decoding: value, as: UTF8.self),
                           "单元格引用了不存在的共享文字（编号超出范围），该格未读取。", fix: WorkbookProblem.saveAsXlsx)
                return
            }
        default:
            appendValue(value)
        }
    }

    /// A cell of any type but a shared string, its (non-empty) `value` as its bytes.
    @inline(__always) mutating func appendValue(_ value: UnsafeBufferPointer<UInt8>) {
        switch cellType {
        case 0x53, 0x49, 0x64:   // str, inlineStr, d (ISO 8601 text)
            scratch.append(column: cellColumn, kind: .text, value)
        case 0x62:   // b
            scratch.append(column: cellColumn, kind: .boolean, value)
        case 0x65:   // e
            scratch.append(column: cellColumn, kind: .error, value)
        default:     // n
            let isDate = cellStyle < dateStyles.count && dateStyles[cellStyle]
            scratch.append(column: cellColumn, kind: isDate ? .date : .number, value)
        }
    }

    /// Appends the shared string whose index is `value` to the row (an empty one
    /// adds no cell); false, with nothing changed, when there is no such string.
    @inline(__always) mutating func appendShared(_ value: UnsafeBufferPointer<UInt8>) -> Bool {
        guard value.count <= 10 else { return false }
        var index = 0
        for byte in value {
            let digit = byte &- 0x30
            guard digit < 10 else { return false }
            index = index &* 10 &+ Int(digit)
        }
        guard !value.isEmpty, index < strings.count else { return false }
        appendShared(index, column: cellColumn)
        return true
    }

    /// Shared string `index` (below `strings.count`) as the row's cell in `column`.
    @inline(__always) mutating func appendShared(_ index: Int, column: Int) {
        let range = strings.range(index)
        if !range.isEmpty { scratch.appendShared(column: column, range) }
    }

    private mutating func mergeCell(_ scanner: XMLScanner) throws {
        var found: MergedRange?
        do {
            try scanner.forEachAttribute { (name, value) throws(XMLScanner.Failure) in
                guard name.count == 3, name[0] == 0x72, name[1] == 0x65, name[2] == 0x66 else { return }
                found = MergedRange.parse(value)
            }
        } catch { throw malformedAttributes(error) }
        if let found { merges.append(found) }
    }

    private func malformedAttributes(_ error: XMLScanner.Failure) -> WorkbookProblem {
        XlsxParts.malformed(part: part, sheet: sheet, cell: rowNumber > 0 ? here : nil, error.message)
    }

    static func integer(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard !bytes.isEmpty, bytes.count <= 10 else { return nil }
        var value = 0
        for byte in bytes {
            guard byte >= 0x30 && byte <= 0x39 else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        return value
    }
}

/// The current row's cells and their bytes, gathered in plain memory and handed
/// to the `SheetRow` once at the row's end: an array append per cell costs a call
/// and a uniqueness check, which a sheet of millions of cells feels.
struct RowScratch {
    private var cells: UnsafeMutablePointer<SheetCell>?
    private var cellCount = 0, cellCapacity = 0
    private var bytes: UnsafeMutablePointer<UInt8>?
    private var byteCount = 0, byteCapacity = 0

    /// A cell whose bytes are `value`.
    @inline(__always) mutating func append(column: Int, kind: CellKind, _ value: UnsafeBufferPointer<UInt8>) {
        if byteCount + value.count > byteCapacity { grow(bytesFor: value.count) }
        if let base = value.baseAddress { (bytes! + byteCount).update(from: base, count: value.count) }
        add(SheetCell(column: column, kind: kind, start: byteCount, end: byteCount + value.count))
        byteCount += value.count
    }

    /// A shared string's cell: its range in the workbook's string arena.
    @inline(__always) mutating func appendShared(column: Int, _ range: Range<Int>) {
        add(SheetCell(column: column, kind: .text, start: range.lowerBound, end: range.upperBound, isShared: true))
    }

    @inline(__always) private mutating func add(_ cell: SheetCell) {
        if cellCount == cellCapacity { growCells() }
        (cells! + cellCount).initialize(to: cell)
        cellCount += 1
    }

    private mutating func growCells() {
        let larger = UnsafeMutablePointer<SheetCell>.allocate(capacity: max(64, cellCapacity * 2))
        if let cells { larger.moveInitialize(from: cells, count: cellCount); cells.deallocate() }
        (cells, cellCapacity) = (larger, max(64, cellCapacity * 2))
    }

    private mutating func grow(bytesFor count: Int) {
        let capacity = max(4096, (byteCount + count) * 2)
        let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        if let bytes { larger.update(from: bytes, count: byteCount); bytes.deallocate() }
        (bytes, byteCapacity) = (larger, capacity)
    }

    /// Appends the gathered cells to `row` (started empty) and starts over.
    mutating func flush(into row: inout SheetRow) {
        if byteCount > 0 { row.bytes.append(contentsOf: UnsafeBufferPointer(start: bytes, count: byteCount)) }
        if cellCount > 0 { row.cells.append(contentsOf: UnsafeBufferPointer(start: cells, count: cellCount)) }
        clear()
    }

    mutating func clear() { (cellCount, byteCount) = (0, 0) }

    /// Frees the memory (the reader is done).
    mutating func release() {
        cells?.deallocate()
        bytes?.deallocate()
        self = RowScratch()
    }
}

/// A merged area, 0-based columns and 1-based rows, inclusive.
public struct MergedRange: Sendable, Equatable {
    public var firstColumn: Int, firstRow: Int, lastColumn: Int, lastRow: Int

    /// Whether the cell named `reference` (`G6`) lies in the range below its first row.
    public func coversBelowTop(_ reference: String?) -> Bool {
        guard let reference, let cell = CellReference.parse(reference) else { return false }
        return cell.row > firstRow && cell.row <= lastRow && cell.column >= firstColumn && cell.column <= lastColumn
    }

    static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> MergedRange? {
        guard let colon = bytes.firstIndex(of: 0x3A),
              let first = CellReference.parse(UnsafeBufferPointer(rebasing: bytes[..<colon])),
              let last = CellReference.parse(UnsafeBufferPointer(rebasing: bytes[(colon + 1)...])) else { return nil }
        return MergedRange(firstColumn: first.column, firstRow: first.row, lastColumn: last.column, lastRow: last.row)
    }
}
