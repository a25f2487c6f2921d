import Testing
@testable import XFWorkbook

/// Workbooks written by LibreOffice, XlsxWriter, openpyxl and xlwt read cell for
/// cell as openpyxl and xlrd read them (the `.expected.tsv` files beside them).
@Test(arguments: ["xlsxwriter-cases.xlsx", "openpyxl-1904.xlsx", "xlwt-cases.xls", "libreoffice-cases.xls", "libreoffice-cases.xlsx"])
func fixtureReadsAsTheReferenceReaderSees(_ name: String) throws {
    let expected = try Fixtures.text(name + ".expected.tsv").split(separator: "\n").map(String.init)
    let sheets = try Fixtures.text(name + ".sheets.tsv").split(separator: "\n").map(String.init)
    try withWorkbook(try Fixtures.bytes(name), name: name) { book in
        #expect(book.problems.isEmpty)
        #expect(book.workbook.sheets.map { "\($0.name)\t\($0.isVisible ? "visible" : "hidden")" } == sheets)
        let lines = cellLines(book)
        #expect(lines == expected)
        for (a, b) in zip(lines, expected) where a != b {
            Issue.record("first difference: \(a) ≠ \(b)")
            break
        }
    }
}

@Test func datesSystemsAndKindsAreKnown() throws {
    try withWorkbook(try Fixtures.bytes("openpyxl-1904.xlsx")) { book in
        #expect(book.workbook.usesDate1904)
        #expect(book.workbook.format == .xlsx)
    }
    try withWorkbook(try Fixtures.bytes("xlwt-cases.xls"), name: "x.xls") { book in
        #expect(!book.workbook.usesDate1904)
        #expect(book.workbook.format == .xls)
    }
}
