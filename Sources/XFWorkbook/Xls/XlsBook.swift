import XFSource

/// An Excel 97–2003 workbook: the BIFF8 `Workbook` stream of a compound file.
/// Opening reads the globals (BOUNDSHEET8, SST with CONTINUE, FORMAT, XF,
/// DATEMODE, FILEPASS); a sheet's cells come from LABELSST, LABEL, RSTRING,
/// NUMBER, RK, MULRK, BOOLERR and FORMULA (cached value, STRING for text results),
/// gathered, ordered by row and column and handed on row by row.
final class XlsBook {
    let stream: [UInt8]
    let sheets: [SheetInfo]
    private let offsets: [Int]
    let date1904: Bool
    /// The SST, one arena: LABELSST cells point into it, not copied.
    private let strings: SharedStrings
    private let dateStyles: [Bool]

    static let oldVersion = WorkbookProblem(code: .xlsOldVersion,
                                            message: "这是 Excel 5.0/95 或更早版本的工作簿（BIFF5 及以前），无法读取。",
                                            fix: WorkbookProblem.saveAsXlsx)
    static let encrypted = WorkbookProblem(code: .workbookEncrypted, message: "工作簿已加密（设置了打开密码），无法读取。",
                                           fix: "请在 Excel 或 WPS 中打开并取消密码保护（文件 → 信息 → 保护工作簿 → 用密码进行加密，清空密码），另存为 .xlsx 后再放入。")

    init(_ bytes: UnsafeBufferPointer<UInt8>) throws(WorkbookProblem) {
        let file = try CompoundFile(bytes)
        if file.entry(named: "EncryptedPackage") != nil || file.entry(named: "EncryptionInfo") != nil { throw Self.encrypted }
        guard let entry = file.entry(named: "Workbook") else {
            if file.entry(named: "Book") != nil { throw Self.oldVersion }
            if file.entry(named: "WordDocument") != nil {
                throw WorkbookProblem(code: .workbookNotAWorkbook, message: "这是 Word 文档，不是表格工作簿。",
                                      fix: "请放入 Excel 工作簿（.xlsx、.xls）或 CSV 文件。")
            }
            throw WorkbookProblem.damaged("复合文档中没有工作簿数据流（Workbook）")
        }
        stream = try file.read(entry)
        var records = BIFFRecords(stream, at: 0)
        guard let bof = records.next(), bof.type == 0x0809, bof.length >= 4 else { throw Self.oldVersion }
        guard records.u16(bof.data) == 0x0600 else { throw Self.oldVersion }
        var sheets: [SheetInfo] = []
        var offsets: [Int] = []
        var date1904 = false
        var strings = SharedStrings()
        var customDates: [Int: Bool] = [:]
        var styleFormats: [Int] = []
        while let record = records.next() {
            let d = record.data
            switch record.type {
            case 0x000A: break
            case 0x002F: throw Self.encrypted
            case 0x0022: if record.length >= 2 { date1904 = records.u16(d) == 1 }
            case 0x041E:
                guard record.length >= 5 else { continue }
                var reader = ContinuedString(stream: stream, segments: [(d + 2)..<(d + record.length)])
                if let code = reader.string(lengthBytes: 2) { customDates[records.u16(d)] = DateFormats.isDate(code: String(decoding: code, as: UTF8.self)) }
            case 0x00E0:
                if record.length >= 4 { styleFormats.append(records.u16(d + 2)) }
            case 0x0085:
                guard record.length >= 8 else { continue }
                var reader = ContinuedString(stream: stream, segments: [(d + 6)..<(d + record.length)])
                let name = reader.string(lengthBytes: 1).map { String(decoding: $0, as: UTF8.self) } ?? "Sheet\(sheets.count + 1)"
                sheets.append(SheetInfo(name: name, index: sheets.count, isVisible: stream[d + 4] & 3 == 0, isWorksheet: stream[d + 5] == 0))
                offsets.append(records.u32(d))
            case 0x00FC:
                var segments = [(d + 8)..<(d + record.length)]
                while let next = records.peek(), next.type == 0x003C {
                    _ = records.next()
                    segments.append(next.data..<(next.data + next.length))
                }
                guard record.length >= 8 else { continue }
                let unique = records.u32(d + 4)
                var reader = ContinuedString(stream: stream, segments: segments)
                strings.ends.reserveCapacity(min(unique, 1 << 20))
                for _ in 0..<min(unique, SharedStrings.countLimit) {
                    guard strings.bytes.count <= SharedStrings.byteLimit, reader.richString(into: &strings.bytes) else { break }
                    strings.ends.append(strings.bytes.count)
                }
            default: break
            }
            if record.type == 0x000A { break }
        }
        self.sheets = sheets
        self.offsets = offsets
        self.date1904 = date1904
        self.strings = strings
        dateStyles = styleFormats.map { customDates[$0] ?? DateFormats.isDate(builtIn: $0) }
    }

    /// A cell held until the sheet is read (its records may come in any order);
    /// its bytes sit in one buffer for the sheet, not in an array of its own.
    private struct PendingCell {
        var row: Int32
        var column: Int32
        var order: Int32
        var kind: CellKind
        var start: Int32
        var end: Int32
        /// In the SST arena rather than the sheet's own bytes.
        var isShared = false
    }

    func read<Handler: SheetRowHandler>(sheet: Int, into handler: inout Handler) -> SheetRead {
        let info = sheets[sheet]
        var result = SheetRead()
        guard offsets[sheet] >= 0, offsets[sheet] + 4 <= stream.count else {
            result.problems.append(WorkbookProblem(code: .xlsMissingSheet, sheet: info.name, message: "工作表在文件中的位置无效（文件不完整）。",
                                                   fix: WorkbookProblem.saveAsXlsx))
            return result
        }
        var records = BIFFRecords(stream, at: offsets[sheet])
        guard let bof = records.next(), bof.type == 0x0809 else {
            result.problems.append(WorkbookProblem.damaged("工作表「\(info.name)」的开头无效"))
            return result
        }
        var cells: [PendingCell] = []
        var values: [UInt8] = []
        var formulaAwaitingString: (row: Int, column: Int, style: Int)?
        func style(_ index: Int) -> Bool { index < dateStyles.count && dateStyles[index] }
        var outside = 0
        var tooLarge = false
        /// False (and reported once) for a column beyond BIFF8's 256 (a MULRK run past IV is damage).
        func inGrid(_ row: Int, _ column: Int) -> Bool {
            guard column < Self.columns else {
                outside += 1
                if outside == 1 {
                    result.problems.append(WorkbookProblem(code: .xlsBadReference, sheet: info.name, cell: String(row + 1),
                                                           message: "单元格超出 .xls 工作表的范围（最多 256 列），未读取。",
                                                           fix: WorkbookProblem.saveAsXlsx))
                }
                return false
            }
            return true
        }
        func shared(_ row: Int, _ column: Int, _ range: Range<Int>) {
            guard inGrid(row, column) else { return }
            cells.append(PendingCell(row: Int32(row + 1), column: Int32(column), order: Int32(cells.count), kind: .text,
                                     start: Int32(range.lowerBound), end: Int32(range.upperBound), isShared: true))
        }
        func add(_ row: Int, _ column: Int, _ kind: CellKind, _ value: [UInt8]) {
            guard inGrid(row, column) else { return }
            // A sheet's own text (not the SST's) stops at 1 GB.
            guard values.count + value.count <= Self.sheetTextLimit else {
                if !tooLarge {
                    tooLarge = true
                    result.problems.append(WorkbookProblem(code: .workbookTooLarge, sheet: info.name, cell: String(row + 1),
                                                           message: "工作表的文字总量超过 1 GB，其余单元格未读取。",
                                                           fix: "请按月份把数据拆成几个较小的工作簿，或另存为 .xlsx。"))
                }
                return
            }
            let start = values.count
            values.append(contentsOf: value)
            cells.append(PendingCell(row: Int32(row + 1), column: Int32(column), order: Int32(cells.count), kind: kind,
                                     start: Int32(start), end: Int32(values.count)))
        }
        func number(_ row: Int, _ column: Int, _ xf: Int, _ value: Double) {
            // Whole numbers (dates, counts, case numbers: nearly all) as digits written in place.
            guard value == value.rounded(), abs(value) < 1e15, inGrid(row, column), values.count < Self.sheetTextLimit else {
                add(row, column, style(xf) ? .date : .number, NumberText.literal(value))
                return
            }
            let start = values.count
            NumberText.appendWhole(Int64(value), to: &values)
            cells.append(PendingCell(row: Int32(row + 1), column: Int32(column), order: Int32(cells.count), kind: style(xf) ? .date : .number,
                                     start: Int32(start), end: Int32(values.count)))
        }
        loop: while let record = records.next() {
            let d = record.data, n = record.length
            switch record.type {
            case 0x000A: break loop
            case 0x00FD where n >= 10:
                let index = records.u32(d + 6)
                if index < strings.count {
                    let range = strings.range(index)
                    if !range.isEmpty { shared(records.u16(d), records.u16(d + 2), range) }
                } else {
                    result.problems.append(WorkbookProblem(code: .xlsBadSharedString, sheet: info.name,
                                                           cell: CellReference.name(column: records.u16(d + 2), row: records.u16(d) + 1),
                                                           message: "单元格引用了不存在的共享文字，该格未读取。", fix: WorkbookProblem.saveAsXlsx))
                }
            case 0x0204 where n >= 9, 0x00D6 where n >= 9:
                var reader = ContinuedString(stream: stream, segments: [(d + 6)..<(d + n)])
                if let text = reader.string(lengthBytes: 2), !text.isEmpty { add(records.u16(d), records.u16(d + 2), .text, text) }
            case 0x0203 where n >= 14:
                number(records.u16(d), records.u16(d + 2), records.u16(d + 4), records.f64(d + 6))
            case 0x027E where n >= 10:
                number(records.u16(d), records.u16(d + 2), records.u16(d + 4), Self.rk(UInt32(records.u32(d + 6))))
            case 0x00BD where n >= 12:
                let row = records.u16(d), first = records.u16(d + 2)
                for k in 0..<((n - 6) / 6) {
                    let at = d + 4 + 6 * k
                    number(row, first + k, records.u16(at), Self.rk(UInt32(records.u32(at + 2))))
                }
            case 0x0205 where n >= 8:
                let (row, column) = (records.u16(d), records.u16(d + 2))
                if stream[d + 7] == 0 { add(row, column, .boolean, [stream[d + 6] == 0 ? 0x30 : 0x31]) } else { add(row, column, .error, Self.errorText(stream[d + 6])) }
            case 0x0006 where n >= 20:
                let (row, column, xf) = (records.u16(d), records.u16(d + 2), records.u16(d + 4))
                if stream[d + 12] == 0xFF && stream[d + 13] == 0xFF {
                    switch stream[d + 6] {
                    case 0: formulaAwaitingString = (row, column, xf)
                    case 1: add(row, column, .boolean, [stream[d + 8] == 0 ? 0x30 : 0x31])
                    case 2: add(row, column, .error, Self.errorText(stream[d + 8]))
                    default: break
                    }
                } else {
                    number(row, column, xf, records.f64(d + 6))
                }
            case 0x0207:
                guard let pending = formulaAwaitingString else { continue }
                formulaAwaitingString = nil
                var segments = [d..<(d + n)]
                while let next = records.peek(), next.type == 0x003C {
                    _ = records.next()
                    segments.append(next.data..<(next.data + next.length))
                }
                var reader = ContinuedString(stream: stream, segments: segments)
                if let text = reader.string(lengthBytes: 2), !text.isEmpty { add(pending.row, pending.column, .text, text) }
            case 0x00E5 where n >= 2:
                for k in 0..<min(records.u16(d), (n - 2) / 8) {
                    let at = d + 2 + 8 * k
                    result.merges.append(MergedRange(firstColumn: records.u16(at + 4), firstRow: records.u16(at) + 1,
                                                     lastColumn: records.u16(at + 6), lastRow: records.u16(at + 2) + 1))
                }
            default: break
            }
        }
        if records.truncated {
            result.problems.append(WorkbookProblem(code: .xlsTruncated, sheet: info.name, message: "工作表的数据不完整（文件被截断）。",
                                                   fix: "请重新从系统导出该文件，或在 Excel/WPS 中打开后另存为 .xlsx。"))
        }
        // A later record for the same cell replaces an earlier one, as Excel reads it.
        // Writers put the records in order; only a book that does not is sorted (sorting costs a buffer as large).
        var ordered = true
        for k in cells.indices.dropFirst() where (cells[k - 1].row, cells[k - 1].column) >= (cells[k].row, cells[k].column) {
            ordered = false
            break
        }
        if !ordered { cells.sort { ($0.row, $0.column, $0.order) < ($1.row, $1.column, $1.order) } }
        var row = SheetRow()
        row.strings = strings.bytes
        var k = 0
        values.withUnsafeBufferPointer { bytes in
            while k < cells.count {
                row.reset(number: Int(cells[k].row))
                while k < cells.count && Int(cells[k].row) == row.number {
                    if k + 1 < cells.count && cells[k + 1].row == cells[k].row && cells[k + 1].column == cells[k].column { k += 1; continue }
                    let cell = cells[k]
                    if cell.isShared {
                        row.appendShared(column: Int(cell.column), Int(cell.start)..<Int(cell.end))
                    } else {
                        row.append(column: Int(cell.column), kind: cell.kind, UnsafeBufferPointer(rebasing: bytes[Int(cell.start)..<Int(cell.end)]))
                    }
                    k += 1
                }
                if !handler.handle(row) { break }
            }
        }
        return result
    }

    static let sheetTextLimit = 1 << 30

    /// Columns of a BIFF8 sheet (A…IV).
    static let columns = 256

    static func rk(_ value: UInt32) -> Double {
        var number: Double
        if value & 2 != 0 {
            number = Double(Int32(bitPattern: value) >> 2)
        } else {
            number = Double(bitPattern: UInt64(value & 0xFFFF_FFFC) << 32)
        }
        if value & 1 != 0 { number /= 100 }
        return number
    }

    static func errorText(_ code: UInt8) -> [UInt8] {
        let text: String
        switch code {
        case 0x00: text = "#NULL!"
        case 0x07: text = "#DIV/0!"
        case 0x0F: text = "#VALUE!"
        case 0x17: text = "#REF!"
        case 0x1D: text = "#NAME?"
        case 0x24: text = "#NUM!"
        case 0x2A: text = "#N/A"
        default: text = "#ERROR!"
        }
        return Array(text.utf8)
    }
}

/// BIFF records in a stream: type, length and where the data starts; a record
/// running past the end stops the walk and marks the stream truncated.
struct BIFFRecords {
    struct Record {
        var type: Int
        var length: Int
        var data: Int
    }

    let stream: [UInt8]
    var position: Int
    private(set) var truncated = false

    init(_ stream: [UInt8], at position: Int) {
        self.stream = stream
        self.position = position
    }

    func peek() -> Record? {
        guard position + 4 <= stream.count else { return nil }
        let length = u16(position + 2)
        guard position + 4 + length <= stream.count else { return nil }
        return Record(type: u16(position), length: length, data: position + 4)
    }

    mutating func next() -> Record? {
        guard position + 4 <= stream.count else {
            truncated = position < stream.count
            return nil
        }
        guard let record = peek() else {
            truncated = true
            return nil
        }
        position = record.data + record.length
        return record
    }

    func u16(_ p: Int) -> Int { Int(stream[p]) | Int(stream[p + 1]) << 8 }
    func u32(_ p: Int) -> Int { u16(p) | u16(p + 2) << 16 }
    func f64(_ p: Int) -> Double {
        var bits: UInt64 = 0
        for k in 0..<8 { bits |= UInt64(stream[p + k]) << UInt64(8 * k) }
        return Double(bitPattern: bits)
    }
}

/// Reads BIFF8 strings that may run on into CONTINUE records: each segment after
/// the first starts, in the middle of a string's characters, with a new flags byte
/// saying whether the rest is compressed (Latin-1) or UTF-16.
struct ContinuedString {
    let stream: [UInt8]
    let segments: [Range<Int>]
    var segment = 0
    var position: Int

    init(stream: [UInt8], segments: [Range<Int>]) {
        self.stream = stream
        self.segments = segments
        position = segments.first?.lowerBound ?? 0
    }

    private mutating func available() -> Bool {
        while segment < segments.count && position >= segments[segment].upperBound {
            segment += 1
            guard segment < segments.count else { return false }
            position = segments[segment].lowerBound
        }
        return segment < segments.count
    }

    private mutating func byte() -> UInt8? {
        guard available() else { return nil }
        defer { position += 1 }
        return stream[position]
    }

    private mutating func u16() -> Int? {
        guard let a = byte(), let b = byte() else { return nil }
        return Int(a) | Int(b) << 8
    }

    private mutating func skip(_ count: Int) -> Bool {
        var left = count
        while left > 0 {
            guard available() else { return false }
            let take = min(left, segments[segment].upperBound - position)
            position += take
            left -= take
        }
        return true
    }

    /// A string whose characters count is `lengthBytes` long (1 or 2), then flags.
    mutating func string(lengthBytes: Int) -> [UInt8]? {
        guard let count = lengthBytes == 1 ? byte().map(Int.init) : u16(), let flags = byte() else { return nil }
        var out: [UInt8] = []
        return characters(count, wide: flags & 1 != 0, into: &out) ? out : nil
    }

    /// An SST entry (XLUnicodeRichExtendedString) appended to `out` as UTF-8:
    /// rich-text runs and phonetic data skipped; false (`out` unchanged) when it is cut short.
    mutating func richString(into out: inout [UInt8]) -> Bool {
        guard let count = u16(), let flags = byte() else { return false }
        var runs = 0
        var extended = 0
        if flags & 0x08 != 0 { guard let value = u16() else { return false }; runs = value }
        if flags & 0x04 != 0 {
            guard let a = u16(), let b = u16() else { return false }
            extended = a | b << 16
        }
        let start = out.count
        guard characters(count, wide: flags & 1 != 0, into: &out), skip(4 * runs), skip(extended) else {
            out.removeSubrange(start...)
            return false
        }
        return true
    }

    /// `count` UTF-16 code units (or Latin-1 bytes when not `wide`), which may run
    /// on into continuation segments, appended to `out` as UTF-8 (unpaired surrogates
    /// become U+FFFD); false when the segments end first.
    private mutating func characters(_ count: Int, wide initiallyWide: Bool, into out: inout [UInt8]) -> Bool {
        var units: [UInt16] = []
        units.reserveCapacity(count)
        var wide = initiallyWide
        var segmentAtStart = segment
        while units.count < count {
            guard available() else { return false }
            if segment != segmentAtStart {
                // A continuation: its first byte re-states the width of what follows.
                guard let flags = byte() else { return false }
                wide = flags & 1 != 0
                segmentAtStart = segment
                continue
            }
            if wide {
                guard position + 1 < segments[segment].upperBound else { return false }
                units.append(UInt16(stream[position]) | UInt16(stream[position + 1]) << 8)
                position += 2
            } else {
                units.append(UInt16(stream[position]))
                position += 1
            }
            if position >= segments[segment].upperBound && units.count < count {
                guard segment + 1 < segments.count else { return false }
                segment += 1
                position = segments[segment].lowerBound
                guard let flags = byte() else { return false }
                wide = flags & 1 != 0
                segmentAtStart = segment
            }
        }
        if units.allSatisfy({ $0 < 0x80 }) {
            out.append(contentsOf: units.lazy.map { UInt8(truncatingIfNeeded: $0) })
        } else {
            _ = transcode(units.makeIterator(), from: UTF16.self, to: UTF8.self, stoppingOnError: false) { out.append($0) }
        }
        return true
    }
}
