import Foundation
import Testing
import XFTestSupport
@testable import XFWorkbook

let templateColumns: [TemplateWorkbook.Column] = [
    .init(name: "信访件编号", width: 20, kind: .text, hint: "系统中的件号"),
    .init(name: "登记日期", width: 12, kind: .date),
    .init(name: "信访形式", width: 10, kind: .choice(["来信", "来访", "网上", "电话"])),
    .init(name: "人数", width: 6, kind: .integer(minimum: 1)),
    .init(name: "责任单位", width: 16, kind: .choice(["城关镇", "A&B <街道>"] + (1...60).map { "第\($0)街道办事处" })),
    .init(name: "受理情况", width: 10, kind: .choice(["受理", "不予受理"])),
]

@Test func templateReadsBackAsABlankTable() throws {
    let bytes = try TemplateWorkbook.xlsx(sheet: "信访事项", columns: templateColumns)
    #expect(try bytes == TemplateWorkbook.xlsx(sheet: "信访事项", columns: templateColumns))
    try withWorkbook(bytes) { book in
        #expect(book.problems.isEmpty)
        #expect(book.workbook.sheets.map(\.name) == ["信访事项", "选项"])
        #expect(book.workbook.sheets.map(\.isVisible) == [true, false])
        #expect(cellLines(book).prefix(5) == ["信访事项\tA1\ttext\t信访件编号", "信访事项\tB1\ttext\t登记日期", "信访事项\tC1\ttext\t信访形式",
                                               "信访事项\tD1\ttext\t人数", "信访事项\tE1\ttext\t责任单位"])
        #expect(cellLines(book).contains("选项\tA2\ttext\tA&B <街道>"))
        #expect(cellLines(book).filter { $0.hasPrefix("选项\t") }.count == 62)
    }
}

/// openpyxl sees the frozen header, the widths, the date format and every validation.
@Test(.enabled(if: ExternalTool.pythonModule("openpyxl"), "需要 python3 和 openpyxl"))
func templateAsOpenpyxlSeesIt() throws {
    let folder = try TemporaryFolder("template")
    defer { folder.remove() }
    let url = folder.appending("模板.xlsx")
    try Data(try TemplateWorkbook.xlsx(sheet: "信访事项", columns: templateColumns)).write(to: url)
    let output = try ExternalTool.run(ExternalTool.python!, ["-c", """
    import sys, openpyxl
    book = openpyxl.load_workbook(sys.argv[1])
    sheet = book["信访事项"]
    print(sheet.freeze_panes)
    print(book["选项"].sheet_state)
    print(sheet.column_dimensions["A"].width, sheet.column_dimensions["B"].width)
    print(sheet.column_dimensions["B"].number_format, sheet.column_dimensions["A"].number_format)
    for v in sorted(sheet.data_validations.dataValidation, key=lambda v: str(v.sqref)):
        print(v.sqref, v.type, v.operator, v.formula1, v.formula2)
    print([c.value for c in book["选项"]["A"]][:3], [c.value for c in book["选项"]["B"] if c.value])
    """, url.path]).out
    #expect(output == """
    A2
    hidden
    20.0 12.0
    yyyy-mm-dd @
    A2:A20000 None None None None
    B2:B20000 date between 1 73050
    C2:C20000 list None "来信,来访,网上,电话" None
    D2:D20000 whole greaterThanOrEqual 1 None
    E2:E20000 list None '选项'!$A$1:$A$62 None
    F2:F20000 list None "受理,不予受理" None
    ['城关镇', 'A&B <街道>', '第1街道办事处'] []

    """)
}
