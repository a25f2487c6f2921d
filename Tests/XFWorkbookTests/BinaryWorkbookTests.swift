import Testing
import XFSource
import XFTestSupport
@testable import XFWorkbook

/// A compound file holding one stream (≥ 4096 bytes, so it lives in normal sectors).
func compoundFile(stream name: String, _ data: [UInt8]) -> [UInt8] {
    var payload = data
    if payload.count < 4096 { payload += [UInt8](repeating: 0, count: 4096 - payload.count) }
    let sectors = (payload.count + 511) / 512
    payload += [UInt8](repeating: 0, count: sectors * 512 - payload.count)
    func le16(_ v: Int) -> [UInt8] { [UInt8(v & 0xFF), UInt8(v >> 8 & 0xFF)] }
    func le32(_ v: Int) -> [UInt8] { le16(v & 0xFFFF) + le16(v >> 16 & 0xFFFF) }
    // Sector 0: FAT; sector 1: directory; sectors 2…: the stream.
    var header: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]
    header += [UInt8](repeating: 0, count: 16)
    for value in [0x3E, 3, 0xFFFE, 9, 6] { header += le16(value) }
    header += [UInt8](repeating: 0, count: 6)
    // directory sectors, FAT sectors, first directory sector, transaction, mini cut-off, mini FAT, DIFAT
    for value in [0, 1, 1, 0, 4096, 0xFFFF_FFFE, 0, 0xFFFF_FFFE, 0] { header += le32(value) }
    header += le32(0)
    for _ in 1..<109 { header += le32(0xFFFF_FFFF) }
    var fat = le32(0xFFFF_FFFD) + le32(0xFFFF_FFFE)
    for k in 0..<sectors { fat += le32(k == sectors - 1 ? 0xFFFF_FFFE : 3 + k) }
    fat += [UInt8](repeating: 0xFF, count: 512 - fat.count)
    func entry(_ name: String, type: UInt8, start: Int, size: Int, child: Int) -> [UInt8] {
        var units: [UInt8] = []
        for unit in name.utf16 { units += le16(Int(unit)) }
        units += [0, 0]
        let length = units.count
        units += [UInt8](repeating: 0, count: 64 - units.count)
        var out: [UInt8] = units
        out += le16(length)
        out += [type, 1]
        out += le32(0xFFFF_FFFF)
        out += le32(0xFFFF_FFFF)
        out += le32(child)
        out += [UInt8](repeating: 0, count: 16 + 4 + 16)
        out += le32(start) + le32(size) + le32(0)
        return out
    }
    var directory = entry("Root Entry", type: 5, start: 0xFFFF_FFFE, size: 0, child: 1)
    directory += entry(name, type: 2, start: 2, size: data.count < 4096 ? 4096 : data.count, child: 0xFFFF_FFFF)
    directory += [UInt8](repeating: 0, count: 512 - directory.count)
    return header + fat + directory + payload
}

func record(_ type: Int, _ data: [UInt8]) -> [UInt8] {
    [UInt8(type & 0xFF), UInt8(type >> 8), UInt8(data.count & 0xFF), UInt8(data.count >> 8)] + data
}

let bof8 = record(0x0809, [0x00, 0x06, 0x05, 0x00] + [UInt8](repeating: 0, count: 12))

@Test func encryptedAndOldBinaryWorkbooksAreRefused() {
    let encrypted = compoundFile(stream: "Workbook", bof8 + record(0x002F, [1, 0, 1, 0]) + record(0x000A, []))
    #expect(firstProblem(encrypted, name: "a.xls")?.code == "workbook.encrypted")
    let biff5 = compoundFile(stream: "Book", record(0x0809, [0x00, 0x05, 0x05, 0x00]))
    #expect(firstProblem(biff5, name: "a.xls")?.code == "xls.old-version")
    let biff5InWorkbook = compoundFile(stream: "Workbook", record(0x0809, [0x00, 0x05, 0x05, 0x00]))
    #expect(firstProblem(biff5InWorkbook, name: "a.xls")?.code == "xls.old-version")
    let agile = compoundFile(stream: "EncryptedPackage", [1, 2, 3])
    #expect(firstProblem(agile, name: "a.xlsx")?.code == "workbook.encrypted")
}

@Test func binaryCellRecordsAndContinuedStrings() throws {
    // Globals: a sheet, one XF with a date format, an SST whose second string continues (UTF-16) in CONTINUE.
    var globals = bof8
    globals += record(0x00E0, [0, 0, 14, 0] + [UInt8](repeating: 0, count: 16))   // XF 0: built-in date 14
    globals += record(0x00E0, [0, 0, 0, 0] + [UInt8](repeating: 0, count: 16))    // XF 1: General
    let sheetOffsetPlaceholder = globals.count
    globals += record(0x0085, [0, 0, 0, 0, 0, 0, 2, 1] + [0x68, 0x88, 0x00, 0x4E])  // "表一" in UTF-16
    let continued = Array("信访".utf16)
    var sst: [UInt8] = [2, 0, 0, 0, 2, 0, 0, 0]
    sst += [1, 0, 0, 0x41]                                // "A", compressed
    sst += [2, 0, 1] + [UInt8(continued[0] & 0xFF), UInt8(continued[0] >> 8)]
    globals += record(0x00FC, sst)
    globals += record(0x003C, [1, UInt8(continued[1] & 0xFF), UInt8(continued[1] >> 8)])
    globals += record(0x000A, [])
    let sheetStart = globals.count
    for (k, byte) in [UInt8(sheetStart & 0xFF), UInt8(sheetStart >> 8), 0, 0].enumerated() { globals[sheetOffsetPlaceholder + 4 + k] = byte }
    var sheet = bof8
    func cell(_ row: Int, _ column: Int, _ xf: Int) -> [UInt8] { [UInt8(row), 0, UInt8(column), 0, UInt8(xf), 0] }
    sheet += record(0x00FD, cell(0, 0, 1) + [1, 0, 0, 0])                           // A1: SST 1
    sheet += record(0x027E, cell(0, 1, 0) + [0xFA, 0xBF, 0x02, 0x00])               // B1: RK integer 45054 (date format)
    sheet += record(0x00BD, [0, 0, 2, 0] + [1, 0, 0x02, 0x00, 0x00, 0x00] + [1, 0, 0x06, 0x00, 0x00, 0x00] + [3, 0])  // C1, D1
    sheet += record(0x0205, cell(0, 4, 1) + [1, 0])                                 // E1: TRUE
    sheet += record(0x0205, cell(0, 5, 1) + [0x2A, 1])                              // F1: #N/A
    sheet += record(0x0006, cell(0, 6, 1) + [0, 0, 0, 0, 0, 0, 0xFF, 0xFF] + [UInt8](repeating: 0, count: 6))
    sheet += record(0x0207, [2, 0, 0, 0x6F, 0x6B])                                  // G1: "ok"
    sheet += record(0x0203, cell(2, 0, 1) + [0, 0, 0, 0, 0, 0, 0xF8, 0x3F])        // A3: 1.5
    sheet += record(0x000A, [])
    let book = compoundFile(stream: "Workbook", globals + sheet)
    try withWorkbook(book, name: "b.xls") { opened in
        #expect(opened.problems.isEmpty)
        #expect(opened.workbook.sheets.map(\.name) == ["表一"])
        #expect(cellLines(opened) == ["表一\tA1\ttext\t信访", "表一\tB1\tdate\t2023-05-08", "表一\tC1\tnumber\t0", "表一\tD1\tnumber\t1",
                                      "表一\tE1\tboolean\t1", "表一\tF1\terror\t#N/A", "表一\tG1\ttext\tok", "表一\tA3\tnumber\t1.5"])
    }
}

/// Found by fuzzing: a MULRK run past column IV put cells outside the grid.
@Test func binaryCellsBeyondColumnIVAreReportedNotRead() throws {
    var globals = bof8
    let placeholder = globals.count
    globals += record(0x0085, [0, 0, 0, 0, 0, 0, 1, 0, 0x41])
    globals += record(0x000A, [])
    let start = globals.count
    globals[placeholder + 4] = UInt8(start)
    var sheet = bof8
    sheet += record(0x00BD, [0, 0, 0xFE, 0] + [0, 0, 0x06, 0, 0, 0] + [0, 0, 0x0A, 0, 0, 0] + [0, 0, 0x0E, 0, 0, 0] + [0, 1])
    sheet += record(0x000A, [])
    try withWorkbook(compoundFile(stream: "Workbook", globals + sheet), name: "a.xls") { book in
        #expect(book.problems.map(\.code) == ["xls.bad-reference"])
        #expect(book.sheets[0].flatMap { $0.cells.map(\.column) } == [254, 255])
    }
}

@Test func excelDateSerials() {
    func iso(_ serial: Double, _ date1904: Bool = false) -> String? {
        ExcelDate.civil(serial: serial, date1904: date1904).map { String(decoding: ExcelDate.isoBytes($0), as: UTF8.self) }
    }
    #expect(iso(1) == "1900-01-01")
    #expect(iso(59) == "1900-02-28")
    #expect(iso(60) == nil)           // Excel's 1900-02-29 never was
    #expect(iso(61) == "1900-03-01")
    #expect(iso(45231.75) == "2023-11-01")
    #expect(iso(0, true) == "1904-01-01")
    #expect(iso(43769, true) == "2023-11-01")
    #expect(iso(-1) == nil)
    #expect(iso(.nan) == nil)
}

@Test func numbersAsPlainDecimals() {
    #expect(NumberText.plain("1.2345678901234568E+17") == "123456789012345680")
    #expect(NumberText.plain("45231") == "45231")
    #expect(NumberText.plain("-2.5E-7") == "-0.00000025")
    #expect(NumberText.plain("1.50") == "1.5")
    #expect(NumberText.plain("-0") == "0")
    #expect(NumberText.plain("1e400") == nil)
    #expect(NumberText.plain("12a") == nil)
    #expect(NumberText.literal(1.2345678901234568e17) == Array("1.2345678901234568e+17".utf8))
}

@Test func dateFormatCodes() {
    #expect(DateFormats.isDate(code: "yyyy\"年\"m\"月\"d\"日\""))
    #expect(DateFormats.isDate(code: "[$-F800]dddd, mmmm dd, yyyy"))
    #expect(DateFormats.isDate(code: "mmm-yy"))
    #expect(!DateFormats.isDate(code: "General"))
    #expect(!DateFormats.isDate(code: "\"第\"0\"号\""))
    #expect(!DateFormats.isDate(code: "h:mm:ss"))
    #expect(!DateFormats.isDate(code: "[Red]#,##0;[Blue]-#,##0"))
    #expect(!DateFormats.isDate(code: "0.00E+00"))
    #expect(!DateFormats.isDate(code: "\\d0"))
    #expect(DateFormats.isDate(builtIn: 14) && DateFormats.isDate(builtIn: 31) && !DateFormats.isDate(builtIn: 49))
}

@Test func cellReferences() {
    #expect(CellReference.name(column: 0, row: 1) == "A1")
    #expect(CellReference.name(column: 16_383, row: 1_048_576) == "XFD1048576")
    #expect(CellReference.columnName(26) == "AA")
    func parse(_ text: String) -> [Int]? {
        Array(text.utf8).withUnsafeBufferPointer { CellReference.parse($0).map { [$0.column, $0.row] } }
    }
    #expect(parse("C17") == [2, 17])
    #expect(parse("$XFD$1048576") == [16_383, 1_048_576])
    #expect(parse("XFE1") == nil)
    #expect(parse("A0") == nil)
    #expect(parse("A1048577") == nil)
    #expect(parse("17") == nil)
}

/// A book of one sheet 「S」 holding `sheet`'s records (after its BOF), with `strings` as its SST (Latin-1, compressed).
func binaryBook(sheet: [UInt8], strings: [String] = []) -> [UInt8] {
    var globals = bof8
    globals += record(0x00E0, [0, 0, 14, 0] + [UInt8](repeating: 0, count: 16))   // XF 0: built-in date 14
    globals += record(0x00E0, [0, 0, 0, 0] + [UInt8](repeating: 0, count: 16))    // XF 1: General
    let placeholder = globals.count
    globals += record(0x0085, [0, 0, 0, 0, 0, 0, 1, 0, 0x53])
    var sst: [UInt8] = [UInt8(strings.count), 0, 0, 0, UInt8(strings.count), 0, 0, 0]
    for text in strings { sst += [UInt8(text.utf8.count), 0, 0] + Array(text.utf8) }
    globals += record(0x00FC, sst)
    globals += record(0x000A, [])
    let start = globals.count
    for (k, byte) in [UInt8(start & 0xFF), UInt8(start >> 8), 0, 0].enumerated() { globals[placeholder + 4 + k] = byte }
    return compoundFile(stream: "Workbook", globals + bof8 + sheet + record(0x000A, []))
}

func xlsCell(_ row: Int, _ column: Int, _ xf: Int) -> [UInt8] { [UInt8(row), 0, UInt8(column), 0, UInt8(xf), 0] }

/// A LABEL record's string: UTF-16LE (`wide`) or one byte a character.
func label(_ row: Int, _ column: Int, units: [UInt16], wide: Bool = true) -> [UInt8] {
    let characters = wide ? units.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] } : units.map { UInt8($0) }
    return record(0x0204, xlsCell(row, column, 1) + [UInt8(units.count), 0, wide ? 1 : 0] + characters)
}

@Test func binaryCellsOutOfOrderAreOrderedAndTheLaterRecordOfACellWins() throws {
    var sheet = record(0x0203, xlsCell(1, 1, 1) + [0, 0, 0, 0, 0, 0, 0x14, 0x40])    // B2: 5
    sheet += record(0x00FD, xlsCell(0, 0, 1) + [1, 0, 0, 0])                          // A1: SST 1
    sheet += record(0x027E, xlsCell(1, 0, 1) + [0x1E, 0, 0, 0])                       // A2: RK 7
    sheet += record(0x0203, xlsCell(1, 1, 1) + [0, 0, 0, 0, 0, 0, 0x18, 0x40])       // B2 again: 6
    sheet += record(0x0205, xlsCell(0, 2, 1) + [0, 0])                                // C1: FALSE
    sheet += record(0x00FD, xlsCell(0, 0, 1) + [0, 0, 0, 0])                          // A1 again: SST 0
    try withWorkbook(binaryBook(sheet: sheet, strings: ["first", "second"]), name: "o.xls") { book in
        #expect(book.problems.isEmpty)
        #expect(cellLines(book) == ["S\tA1\ttext\tfirst", "S\tC1\tboolean\t0", "S\tA2\tnumber\t7", "S\tB2\tnumber\t6"])
        #expect(book.sheets[0].map(\.number) == [1, 2])
    }
}

@Test func binaryTextInEveryWidthAndAcrossContinuations() throws {
    var sheet = label(0, 0, units: Array("信访 ok".utf16))
    sheet += label(0, 1, units: [0x63, 0x61, 0x66, 0xE9], wide: false)                 // "café" in Latin-1
    sheet += label(0, 2, units: [0x41, 0xD83D, 0xDE00, 0xD800, 0x42, 0xDC00])         // A😀, a lone high and a lone low surrogate
    sheet += label(0, 3, units: [])                                                    // empty: no cell
    sheet += record(0x0006, xlsCell(0, 4, 1) + [0, 0, 0, 0, 0, 0, 0xFF, 0xFF] + [UInt8](repeating: 0, count: 6))
    sheet += record(0x0207, [3, 0, 0, 0x61, 0x62])                                     // E1: "ab" then, continued in UTF-16,
    sheet += record(0x003C, [1, 0xE1, 0x4F])                                           // "信"
    try withWorkbook(binaryBook(sheet: sheet), name: "t.xls") { book in
        #expect(book.problems.isEmpty)
        #expect(cellLines(book) == ["S\tA1\ttext\t信访 ok", "S\tB1\ttext\tcafé", "S\tC1\ttext\tA😀\u{FFFD}B\u{FFFD}", "S\tE1\ttext\tab信"])
    }
}

@Test func binaryTextDecodesAsTheStandardLibraryTranscodes() {
    let pieces: [UInt16] = [0x41, 0x7F, 0x80, 0xE9, 0x7FF, 0x800, 0x4FE1, 0xD7FF, 0xD800, 0xD83D, 0xDBFF, 0xDC00, 0xDE00, 0xDFFF, 0xE000, 0xFFFF]
    var generator = SplitMix64(seed: 11)
    for _ in 0..<20_000 {
        let units = (0..<Int(generator.next() % 7)).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }
        var expected: [UInt8] = [0x2A]
        _ = transcode(units.makeIterator(), from: UTF16.self, to: UTF8.self, stoppingOnError: false) { expected.append($0) }
        var decoded: [UInt8] = [0x2A]
        let bytes = units.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        bytes.withUnsafeBufferPointer { UTF16Text.appendUTF8(utf16LE: $0, to: &decoded) }
        #expect(decoded == expected, "\(units.map { String($0, radix: 16) })")
        if decoded != expected { return }
    }
    for byte in UInt8.min...UInt8.max {
        var decoded: [UInt8] = []
        [byte, 0x41].withUnsafeBufferPointer { UTF16Text.appendUTF8(latin1: $0, to: &decoded) }
        #expect(decoded == Array((String(UnicodeScalar(byte)) + "A").utf8))
    }
}
