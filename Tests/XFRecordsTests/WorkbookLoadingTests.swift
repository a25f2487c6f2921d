import Foundation
import Testing
import XFCalendar
import XFSource
import XFTestSupport
import XFVocabulary
import XFZip
import XFTable
import XFWorkbook
@testable import XFRecords

/// A one-sheet .xlsx of inline strings (and typed cells) written with the stored ZIP writer;
/// `merges` gives each sheet's merged ranges by sheet index.
func xlsx(sheets: [(name: String, hidden: Bool, rows: [[Any?]])], merges: [Int: [String]] = [:]) -> Data {
    var zip = StoredZip()
    var sheetEntries = "", rels = ""
    for (index, sheet) in sheets.enumerated() {
        sheetEntries += "<sheet name=\"\(sheet.name)\" sheetId=\"\(index + 1)\" \(sheet.hidden ? "state=\"hidden\" " : "")r:id=\"rId\(index + 1)\"/>"
        rels += "<Relationship Id=\"rId\(index + 1)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet\(index + 1).xml\"/>"
        var xml = "<worksheet><sheetData>"
        for (r, row) in sheet.rows.enumerated() {
            xml += "<row r=\"\(r + 1)\">"
            for (c, value) in row.enumerated() {
                let ref = CellReference.name(column: c, row: r + 1)
                switch value {
                case let text as String: xml += "<c r=\"\(ref)\" t=\"inlineStr\"><is><t>\(text)</t></is></c>"
                case let number as Double: xml += "<c r=\"\(ref)\"><v>\(number)</v></c>"
                case let number as Int: xml += "<c r=\"\(ref)\"><v>\(number)</v></c>"
                case let date as DateSerial: xml += "<c r=\"\(ref)\" s=\"1\"><v>\(date.serial)</v></c>"
                case let flag as Bool: xml += "<c r=\"\(ref)\" t=\"b\"><v>\(flag ? 1 : 0)</v></c>"
                case let error as ExcelError: xml += "<c r=\"\(ref)\" t=\"e\"><v>\(error.text)</v></c>"
                default: break
                }
            }
            xml += "</row>"
        }
        xml += "</sheetData>"
        if let ranges = merges[index] {
            xml += "<mergeCells count=\"\(ranges.count)\">" + ranges.map { "<mergeCell ref=\"\($0)\"/>" }.joined() + "</mergeCells>"
        }
        zip.add("xl/worksheets/sheet\(index + 1).xml", Array((xml + "</worksheet>").utf8))
    }
    rels += "<Relationship Id=\"rS\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
    zip.add("xl/workbook.xml", Array("<workbook xmlns:r=\"r\"><sheets>\(sheetEntries)</sheets></workbook>".utf8))
    zip.add("xl/_rels/workbook.xml.rels", Array("<Relationships>\(rels)</Relationships>".utf8))
    zip.add("xl/styles.xml", Array("<styleSheet><cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/></cellXfs></styleSheet>".utf8))
    return Data((try! zip.bytes()))
}

struct DateSerial { var serial: Double }
struct ExcelError { var text: String }

nonisolated(unsafe) let workbookHeader: [Any?] = ["信访件编号", "登记日期", "信访形式", "内容分类", "问题领域", "责任单位", "姓名", "身份证号"]

@Test func workbookCasesWithTitleRowsDatesAndNumericIDs() throws {
    let content = try TemporaryContent(["units.csv": unitsCSV])
    try content.write("cases/2025-11.xlsx", xlsx(sheets: [
        ("说明", true, [["x"]]),
        ("11月", false, [["2025年11月信访事项登记表"], ["导出时间：2025-12-01"], [], workbookHeader,
                        [202511000001, DateSerial(serial: 45964), "来信", "申诉求决", "教育", "城关镇", "张三", "110101199001011234"],
                        ["XF-2", "2025/11/5", "来访", "建议意见", "民政", "东关街道", "李四", nil]]),
        ("12月", false, [workbookHeader, ["XF-3", DateSerial(serial: 45992.5), "网上", "检举控告", "教育", "区人社局", "王五"]]),
        ("汇总", false, [["合计", 3]]),
    ]))
    let loaded = content.load()
    #expect(!loaded.diagnostics.hasErrors, "\(loaded.diagnostics.sorted.map(\.rendered))")
    #expect(loaded.diagnostics.sorted.map(\.code) == ["workbook.hidden-sheet", "workbook.no-table-sheet"])
    #expect(loaded.diagnostics.sorted.map(\.location.sheet) == ["说明", "汇总"])
    let ids = (0..<loaded.content.cases.count).map { loaded.content.cases.id(at: $0) }
    #expect(ids == ["202511000001", "XF-2", "XF-3"])
    #expect(loaded.content.cases.records.map(\.registered.description) == ["2025-11-03", "2025-11-05", "2025-12-01"])
    let file = loaded.content.report.files.first { $0.path == "cases/2025-11.xlsx" }
    #expect(file?.encoding == "xlsx" && file?.rows == 3)
    #expect(file?.ignoredColumns == ["姓名", "身份证号"])
    // Personal data is read past: it is nowhere in what loading keeps.
    let kept = "\(loaded.content.cases.records) \(loaded.diagnostics.items) \(loaded.content.report)"
    #expect(!kept.contains("张三") && !kept.contains("110101199001011234"))
}

@Test func workbookCellProblemsNameSheetAndCell() throws {
    let content = try TemporaryContent(["units.csv": unitsCSV])
    try content.write("cases/2025-11.xlsx", xlsx(sheets: [
        ("11月", false, [["登记表"], workbookHeader,
                        ["XF-1", "2025-11-40", "来信", "申诉求决", "教育", "城关镇"],
                        [1234.5, "2025-11-02", "来信", "申诉求决", "教育", "城关镇"],
                        [ExcelError(text: "#N/A"), "2025-11-02", "来信", "申诉求决", "教育", "城关镇"],
                        ["XF-4", DateSerial(serial: 60), "来信", "申诉求决", "教育", "城关镇"],
                        ["XF-5", "2025-11-02", true, "申诉求决", "教育", "城关镇"]]),
    ]))
    let loaded = content.load()
    let problems = loaded.diagnostics.sorted.filter { $0.severity == .error }
    #expect(problems.map { "\($0.code)@\($0.location.cell ?? "-")" } == [
        "cell.date@B3", "cell.fractional-id@A4", "cell.excel-error@A5", "cell.date-serial@B6", "cell.choice@C7",
    ])
    #expect(problems[0].rendered.hasPrefix("cases/2025-11.xlsx 工作表「11月」B3（登记日期）值「2025-11-40」 错误："))
    #expect(problems[2].value == "#N/A")
    #expect(problems[4].value == "是")
    #expect(loaded.content.cases.count == 0)
    #expect(loaded.content.report.skippedRows.map(\.line) == [3, 4, 5, 6, 7])
}

@Test func workbookWithoutATableSheetIsAnError() throws {
    let content = try TemporaryContent(["units.csv": unitsCSV])
    try content.write("cases/a.xlsx", xlsx(sheets: [("Sheet1", false, [["信访件编号", "登记日期"], ["1", "2"]])]))
    try content.write("cases/b.xls", Data("<html><table></table></html>".utf8))
    try content.write("cases/c.et", Data([0xD0, 0xCF, 0x11, 0xE0]))
    let codes = content.load().diagnostics.sorted.map { "\($0.code)@\($0.location.file)" }
    #expect(codes == ["workbook.no-table-sheet@cases/a.xlsx", "workbook.no-table@cases/a.xlsx",
                      "workbook.not-a-workbook@cases/b.xls", "workbook.wps-et@cases/c.et"])
}

@Test func listTablesMayBeWorkbooksButNotTwice() throws {
    let content = try TemporaryContent(["cases/a.csv": caseHeader + "\nXF-1,2025-11-01,来信,1,申诉求决,教育,城关镇,,,,,\n"])
    try content.write("units.xlsx", xlsx(sheets: [("单位", false, [["名称", "类型"], ["城关镇", "镇街"]])]))
    let loaded = content.load()
    #expect(!loaded.diagnostics.hasErrors)
    #expect(loaded.content.units.map(\.name) == ["城关镇"])
    try content.write("units.csv", Data(unitsCSV.utf8))
    #expect(content.load().diagnostics.sorted.map(\.code).contains("content.duplicate-table"))
}

@Test func csvHeaderMayFollowTitleLines() throws {
    let content = try TemporaryContent([
        "units.csv": unitsCSV,
        "cases/a.csv": "2025年11月信访事项登记表,,,\n导出时间：2025-12-01\n\n" + caseHeader + "\nXF-1,2025-11-01,来信,1,申诉求决,教育,城关镇,,,,,\n",
        "cases/b.csv": "no header here\nXF-2,2025-11-01\n",
    ])
    let loaded = content.load()
    #expect(loaded.diagnostics.sorted.map(\.brief) == ["header.missing-column@1/信访件编号", "header.missing-column@1/登记日期",
                                                        "header.missing-column@1/信访形式", "header.missing-column@1/内容分类",
                                                        "header.missing-column@1/问题领域", "header.missing-column@1/责任单位",
                                                        "csv.ragged-row@2/-"])
    #expect(loaded.content.cases.count == 1)
    #expect(loaded.content.report.files.first { $0.path == "cases/a.csv" }?.rows == 1)
}

/// An office sheet: a merged title, a header on two rows (columns merged down
/// both rows, 办理情况 merged across its two sub-columns), and 责任单位 merged
/// down three data rows. The header is found (from both rows); each merge over data
/// rows is one error naming the range (the empty cells under it are not reported row by row).
@Test func twoLevelHeaderAndMergedDataCells() throws {
    let content = try TemporaryContent(["units.csv": unitsCSV])
    try content.write("cases/2025-11.xlsx", xlsx(sheets: [
        ("11月", false, [["2025年11月信访事项登记表"],
                        ["信访件编号", "登记日期", "信访形式", "内容分类", "问题领域", "责任单位", "办理情况"],
                        [nil, nil, nil, nil, nil, nil, "受理情况", "受理日期"],
                        ["XF-1", "2025-11-01", "来信", "申诉求决", "教育", "东关街道", "受理", "2025-11-03"],
                        ["XF-2", "2025-11-02", "来信", "申诉求决", "教育", "城关镇", "受理", "2025-11-04"],
                        ["XF-3", "2025-11-02", "来访", "申诉求决", "教育", nil, nil, "2025-11-04"],
                        ["XF-4", "2025-11-02", "来访", "申诉求决", "教育"],
                        ["XF-5", "2025-11-03", "网上", "建议意见", "民政", "区人社局"]]),
    ], merges: [0: ["A1:H1", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:E3", "F2:F3", "G2:H2", "F5:F7", "G5:G6", "A8:A8"]]))
    let loaded = content.load()
    let problems = loaded.diagnostics.sorted.filter { $0.severity == .error }
    #expect(problems.map { "\($0.code)@\($0.location.cell ?? "-")" } == [
        "workbook.merged-data-cells@F5:F7", "workbook.merged-data-cells@G5:G6",
        // Only the merged cells' own "empty" errors are folded: a rule the empty cell breaks still speaks.
        "case.accepted-without-decision@H6",
    ])
    #expect(problems[0].rendered.contains("工作表「11月」F5:F7"))
    #expect(problems[0].rendered.contains("第 6–7 行的「责任单位」读出来是空的"))
    #expect(problems[0].rendered.contains("拆分并填充内容"))
    #expect(problems[1].rendered.contains("第 6–6 行的「受理情况」"))
    let ids = (0..<loaded.content.cases.count).map { loaded.content.cases.id(at: $0) }
    #expect(ids == ["XF-1", "XF-2", "XF-5"])
    #expect(loaded.content.report.skippedRows.map(\.line) == [6, 7])
    #expect(loaded.content.cases.records[0].acceptance == .accepted)
}

/// The same sheet written by xlwt (.xls, MERGEDCELLS records) and openpyxl.
@Test(.enabled(if: ExternalTool.pythonModule("xlwt") && ExternalTool.pythonModule("openpyxl"), "需要 python3、xlwt 和 openpyxl"))
func mergedDataCellsFromRealWriters() throws {
    let content = try TemporaryContent(["units.csv": unitsCSV])
    let script = """
    import os, sys, xlwt, openpyxl
    os.makedirs(sys.argv[1] + "/cases", exist_ok=True)
    rows = [["2025年11月信访事项登记表"],
            ["信访件编号", "登记日期", "信访形式", "内容分类", "问题领域", "责任单位", "办理情况"],
            [None, None, None, None, None, None, "受理情况", "受理日期"],
            ["XF-1", "2025-11-01", "来信", "申诉求决", "教育", "城关镇", "受理", "2025-11-03"],
            ["XF-2", "2025-11-02", "来信", "申诉求决", "教育", None, "受理", "2025-11-03"]]
    merges = [(0, 0, 0, 7), (1, 2, 0, 0), (1, 2, 1, 1), (1, 2, 2, 2), (1, 2, 3, 3), (1, 2, 4, 4), (1, 2, 5, 5), (1, 1, 6, 7), (3, 4, 5, 5)]
    book = xlwt.Workbook(encoding="utf-8"); sheet = book.add_sheet("11月")
    merged = {(r, c) for r1, r2, c1, c2 in merges for r in range(r1, r2 + 1) for c in range(c1, c2 + 1)}
    for r1, r2, c1, c2 in merges: sheet.write_merge(r1, r2, c1, c2, rows[r1][c1])
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if value is not None and (r, c) not in merged: sheet.write(r, c, value)
    book.save(sys.argv[1] + "/cases/a.xls")
    book = openpyxl.Workbook(); sheet = book.active; sheet.title = "11月"
    for row in rows: sheet.append(row)
    for r1, r2, c1, c2 in merges: sheet.merge_cells(start_row=r1 + 1, end_row=r2 + 1, start_column=c1 + 1, end_column=c2 + 1)
    book.save(sys.argv[1] + "/cases/b.xlsx")
    """
    let made = try ExternalTool.run(ExternalTool.python!, ["-c", script, content.url.path])
    #expect(made.status == 0, "\(made.err)")
    let loaded = content.load()
    let problems = loaded.diagnostics.sorted.filter { $0.severity == .error }
    #expect(problems.map { "\($0.code)@\($0.location.file)@\($0.location.cell ?? "-")" } == [
        "workbook.merged-data-cells@cases/a.xls@F4:F5", "workbook.merged-data-cells@cases/b.xlsx@F4:F5",
    ])
    // XF-2 is skipped in both (责任单位 empty under the merge); XF-1 read from a.xls, then again from b.xlsx.
    #expect(loaded.content.cases.count == 1)
    #expect(loaded.content.report.skippedRows.map(\.line) == [5, 5])
}

/// A CSV saved from a sheet with a header on two rows reads as the workbook does:
/// the merges come out as a name in the first cell and empty cells. In a.csv the
/// upper row names the required columns and the lower one is its second level
/// (办理情况 over 受理情况, 受理日期); in b.csv neither row alone names them
/// (基本信息 over 登记日期 …, 信访件编号 only in the upper row): both rows make the header.
@Test func csvHeaderOnTwoRowsReadsLikeAWorkbook() throws {
    let content = try TemporaryContent([
        "units.csv": unitsCSV,
        "cases/a.csv": """
        2025年11月信访事项登记表,,,,,,,
        信访件编号,登记日期,信访形式,内容分类,问题领域,责任单位,办理情况,
        ,,,,,,受理情况,受理日期
        XF-1,2025-11-01,来信,申诉求决,教育,东关街道,受理,2025-11-03

        """,
        "cases/b.csv": """
        信访件编号,基本信息,,,,,办理情况,
        ,登记日期,信访形式,内容分类,问题领域,责任单位,受理情况,受理日期
        XF-2,2025-11-02,来访,申诉求决,教育,城关镇,受理,2025-11-04

        """,
    ])
    let loaded = content.load()
    #expect(loaded.diagnostics.sorted.filter { $0.severity == .error }.map(\.brief) == [])
    let ids = (0..<loaded.content.cases.count).map { loaded.content.cases.id(at: $0) }
    #expect(ids == ["XF-1", "XF-2"])
    #expect(loaded.content.cases.records.map(\.acceptance) == [.accepted, .accepted])
    #expect(loaded.content.report.files.first { $0.path == "cases/a.csv" }?.rows == 1)
    #expect(loaded.content.report.files.first { $0.path == "cases/b.csv" }?.rows == 1)
}

/// Date cells reach the loader as dates: the same checks and messages as their
/// ISO text would get (a year past 2099 is no valid date; a date cell where a
/// name belongs is read as its ISO text).
@Test func workbookDateCellsAreCheckedAsTheirTextWouldBe() throws {
    let content = try TemporaryContent(["units.csv": unitsCSV])
    let serial2150 = Double(CivilDate(year: 2150, month: 1, day: 1)!.dayNumber) + 25_569
    try content.write("cases/2025-11.xlsx", xlsx(sheets: [
        ("11月", false, [workbookHeader,
                        ["XF-1", DateSerial(serial: serial2150), "来信", "申诉求决", "教育", "城关镇"],
                        ["XF-2", DateSerial(serial: 45964), "来信", "申诉求决", "教育", DateSerial(serial: 45964)],
                        ["XF-3", DateSerial(serial: 45964.75), "来信", "申诉求决", "教育", "城关镇"]]),
    ]))
    let loaded = content.load()
    let problems = loaded.diagnostics.sorted.filter { $0.severity == .error }
    #expect(problems.map { "\($0.code)@\($0.location.cell ?? "-")" } == ["cell.date@B2", "cell.unknown-name@F3"])
    #expect(problems.map(\.value) == ["2150-01-01", "2025-11-03"])
    #expect(loaded.content.cases.records.map(\.registered.description) == ["2025-11-03"])
}

@Test func excelDateDayConstantsAndDaysOfSerials() {
    #expect(ExcelDate.day1904 == DayCount.days(year: 1904, month: 1, day: 1))
    #expect(ExcelDate.day1899December31 == DayCount.days(year: 1899, month: 12, day: 31))
    #expect(ExcelDate.day1899December30 == DayCount.days(year: 1899, month: 12, day: 30))
    // The day a loader takes from a date cell is the day of the date its text would show.
    func day(_ literal: String, _ date1904: Bool) -> Int? {
        var bytes = Array(literal.utf8)
        return bytes.withUnsafeMutableBufferPointer { CellMeaning.day(ofSerial: UnsafeBufferPointer($0), date1904: date1904) }
    }
    for date1904 in [false, true] {
        for literal in ["0", "1", "59", "59.99", "60", "60.5", "61", "45231", "45231.75", "45231.999999999", "2958465", "2958465.5",
                        "2958466", "-1", "1e3", "4.5231E4", "abc", "", "12345678901234567"] {
            let expected = Double(literal)
                .flatMap { ExcelDate.civil(serial: $0, date1904: date1904) }
                .map { DayCount.days(year: $0.year, month: $0.month, day: $0.day) }
            #expect(day(literal, date1904) == expected, "\(literal) \(date1904)")
        }
    }
}
