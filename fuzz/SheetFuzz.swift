// libFuzzer target: arbitrary bytes as a worksheet part (and as shared strings)
// through the SpreadsheetML reader, inside a stored ZIP written with StoredZip (XFZip);
// and, when the input starts like one, as a whole .xlsx or .xls workbook.
// Built with the XFWorkbook sources into one module (see run.sh).
import XFZip

struct CheckingRows: SheetRowHandler {
    var last = 0
    mutating func handle(_ row: SheetRow) -> Bool {
        precondition(row.number > last && row.number <= CellReference.maxRows, "rows in order, inside the grid")
        last = row.number
        var column = -1
        for cell in row.cells {
            precondition(cell.column > column && cell.column < CellReference.maxColumns, "cells in order, inside the grid")
            column = cell.column
            _ = CellMeaning.of(cell, in: row, date1904: false)
            _ = CellMeaning.isWholeNumber(cell, in: row)
        }
        return true
    }
}

func readAll(_ bytes: [UInt8], name: String) {
    bytes.withUnsafeBufferPointer { buffer in
        guard let book = try? Workbook.open(buffer, fileName: name) else { return }
        for sheet in book.sheets where sheet.isWorksheet {
            var rows = CheckingRows()
            let read = book.read(sheet: sheet.index, into: &rows)
            for problem in read.problems { precondition(!problem.message.isEmpty && !problem.fix.isEmpty) }
        }
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSheet(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let input = Array(UnsafeBufferPointer(start: data, count: size))
    if input.starts(with: [0x50, 0x4B]) || input.starts(with: [0xD0, 0xCF]) {
        readAll(input, name: "fuzz.xlsx")
        return 0
    }
    // The input's first half as the sheet, the rest as the shared strings.
    let cut = input.firstIndex(of: 0) ?? input.count
    var zip = StoredZip()
    zip.add("xl/workbook.xml", Array("<workbook><sheets><sheet name=\"s\" r:id=\"rId1\"/></sheets></workbook>".utf8))
    zip.add("xl/_rels/workbook.xml.rels", Array("""
    <Relationships><Relationship Id="rId1" Type="x/worksheet" Target="worksheets/sheet1.xml"/>\
    <Relationship Id="rId2" Type="x/sharedStrings" Target="sharedStrings.xml"/>\
    <Relationship Id="rId3" Type="x/styles" Target="styles.xml"/></Relationships>
    """.utf8))
    zip.add("xl/worksheets/sheet1.xml", Array(input[..<cut]))
    zip.add("xl/sharedStrings.xml", cut < input.count ? Array(input[(cut + 1)...]) : Array("<sst><si><t>a</t></si></sst>".utf8))
    zip.add("xl/styles.xml", Array("<styleSheet><cellXfs><xf numFmtId=\"14\"/><xf numFmtId=\"0\"/></cellXfs></styleSheet>".utf8))
    readAll((try! zip.bytes()), name: "fuzz.xlsx")
    return 0
}
