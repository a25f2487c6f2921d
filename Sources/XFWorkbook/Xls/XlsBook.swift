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

    func read<Handler: SheetRowHandler>(sheet: Int, into handler: inout Handler) -> SheetRead {
        let info = sheets[sheet]
        guard offsets[sheet] >= 0, offsets[sheet] + 4 <= stream.count else {
            return SheetRead(problems: [WorkbookProblem(code: .xlsMissingSheet, sheet: info.name, message: "工作表在文件中的位置无效（文件不完整）。",
                                                        fix: WorkbookProblem.saveAsXlsx)])
        }
        var records = BIFFRecords(stream, at: offsets[sheet])
        guard let bof = records.next(), bof.type == 0x0809 else {
            return SheetRead(problems: [WorkbookProblem.damaged("工作表「\(info.name)」的开头无效")])
        }
        // A struct, not local functions over captured variables (those live in boxes checked on every access).
        var cells = XlsSheetCells(sheet: info.name, dateStyles: dateStyles, recordBytes: stream.count - offsets[sheet])
        var merges: [MergedRange] = []
        var formulaAwaitingString: (row: Int, column: Int, style: Int)?
        loop: while let record = records.next() {
            let d = record.data, n = record.length
            switch record.type {
            case 0x000A: break loop
            case 0x00FD where n >= 10:
                let index = records.u32(d + 6)
                if index < strings.count {
                    let range = strings.range(index)
                    if !range.isEmpty { cells.shared(records.u16(d), records.u16(d + 2), range) }
                } else {
                    cells.problems.append(WorkbookProblem(code: .xlsBadSharedString, sheet: info.name,
                                                          cell: CellReference.name(column: records.u16(d + 2), row: records.u16(d) + 1),
                                                          message: "单元格引用了不存在的共享文字，该格未读取。", fix: WorkbookProblem.saveAsXlsx))
                }
            case 0x0204 where n >= 9, 0x00D6 where n >= 9:
                var reader = ContinuedString(stream: stream, segments: [(d + 6)..<(d + n)])
                cells.text(records.u16(d), records.u16(d + 2), &reader)
            case 0x0203 where n >= 14:
                cells.number(records.u16(d), records.u16(d + 2), records.u16(d + 4), records.f64(d + 6))
            case 0x027E where n >= 10:
                cells.number(records.u16(d), records.u16(d + 2), records.u16(d + 4), Self.rk(UInt32(records.u32(d + 6))))
            case 0x00BD where n >= 12:
                let row = records.u16(d), first = records.u16(d + 2)
                for k in 0..<((n - 6) / 6) {
                    let at = d + 4 + 6 * k
                    cells.number(row, first + k, records.u16(at), Self.rk(UInt32(records.u32(at + 2))))
                }
            case 0x0205 where n >= 8:
                let (row, column) = (records.u16(d), records.u16(d + 2))
                if stream[d + 7] == 0 { cells.boolean(row, column, stream[d + 6] != 0) } else { cells.error(row, column, stream[d + 6]) }
            case 0x0006 where n >= 20:
                let (row, column, xf) = (records.u16(d), records.u16(d + 2), records.u16(d + 4))
                if stream[d + 12] == 0xFF && stream[d + 13] == 0xFF {
                    switch stream[d + 6] {
                    case 0: formulaAwaitingString = (row, column, xf)
                    case 1: cells.boolean(row, column, stream[d + 8] != 0)
                    case 2: cells.error(row, column, stream[d + 8])
                    default: break
                    }
                } else {
                    cells.number(row, column, xf, records.f64(d + 6))
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
                cells.text(pending.row, pending.column, &reader)
            case 0x00E5 where n >= 2:
                for k in 0..<min(records.u16(d), (n - 2) / 8) {
                    let at = d + 2 + 8 * k
                    merges.append(MergedRange(firstColumn: records.u16(at + 4), firstRow: records.u16(at) + 1,
                                              lastColumn: records.u16(at + 6), lastRow: records.u16(at + 2) + 1))
                }
            default: break
            }
        }
        if records.truncated {
            cells.problems.append(WorkbookProblem(code: .xlsTruncated, sheet: info.name, message: "工作表的数据不完整（文件被截断）。",
                                                  fix: "请重新从系统导出该文件，或在 Excel/WPS 中打开后另存为 .xlsx。"))
        }
        cells.handOn(strings: strings.bytes, to: &handler)
        return SheetRead(problems: cells.problems, merges: merges)
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
