// libFuzzer target: arbitrary bytes as a worksheet part (and as shared strings)
// through the SpreadsheetML reader, inside a stored ZIP written with StoredZip (XFZip);
// and, when the input starts like one, as a whole .xlsx or .xls workbook.
// Built with the XFWorkbook sources into one module (see run.sh).
import XFZip

struct CheckingRows: SheetRowHandler {
    var last = 0
    var lines: [String] = []
    mutating func handle(_ row: SheetRow) -> Bool {
        precondition(row.number > last && row.number <= CellReference.maxRows, "rows in order, inside the grid")
        last = row.number
        var column = -1
        for cell in row.cells {
            precondition(cell.column > column && cell.column < CellReference.maxColumns, "cells in order, inside the grid")
            column = cell.column
            _ = CellMeaning.of(cell, in: row, date1904: false)
            lines.append("\(row.number) \(cell.column) \(cell.kind) \(row.string(cell))")
            _ = CellMeaning.isWholeNumber(cell, in: row)
        }
        return true
    }
}

/// Reads every sheet, checking the invariants; returns what was read, one line per cell and problem.
@discardableResult
func readAll(_ bytes: [UInt8], name: String) -> [String] {
    bytes.withUnsafeBufferPointer { buffer in
        guard let book = try? Workbook.open(buffer, fileName: name) else { return ["not opened"] }
        var lines: [String] = []
        for sheet in book.sheets where sheet.isWorksheet {
            var rows = CheckingRows()
            let read = book.read(sheet: sheet.index, into: &rows)
            for problem in read.problems { precondition(!problem.message.isEmpty && !problem.fix.isEmpty) }
            lines += rows.lines + read.problems.map { "\($0.code) \($0.cell ?? "-") \($0.value ?? "-")" }
        }
        return lines
    }
}

/// The stored workbook around `sheet` and `strings`.
func book(sheet: [UInt8], strings: [UInt8]) -> [UInt8] {
    var zip = StoredZip()
    zip.add("xl/workbook.xml", Array("<workbook><sheets><sheet name=\"s\" r:id=\"rId1\"/></sheets></workbook>".utf8))
    zip.add("xl/_rels/workbook.xml.rels", Array("""
    <Relationships><Relationship Id="rId1" Type="x/worksheet" Target="worksheets/sheet1.xml"/>\
    <Relationship Id="rId2" Type="x/sharedStrings" Target="sharedStrings.xml"/>\
    <Relationship Id="rId3" Type="x/styles" Target="styles.xml"/></Relationships>
    """.utf8))
    zip.add("xl/worksheets/sheet1.xml", sheet)
    zip.add("xl/sharedStrings.xml", strings)
    zip.add("xl/styles.xml", Array("<styleSheet><cellXfs><xf numFmtId=\"14\"/><xf numFmtId=\"0\"/></cellXfs></styleSheet>".utf8))
    return try! zip.bytes()
}

/// `bytes` with each `<c ` as `<c  ` and `<row ` as `<row  `: valid XML the sheet
/// reader's fast path (cells, row boundaries) leaves to its general path.
func generalOnly(_ bytes: [UInt8]) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count + bytes.count / 8)
    for (k, byte) in bytes.enumerated() {
        out.append(byte)
        guard byte == 0x20 else { continue }
        if k >= 2 && bytes[k - 1] == 0x63 && bytes[k - 2] == 0x3C { out.append(0x20) }
        if k >= 4 && bytes[(k - 4)..<k].elementsEqual([0x3C, 0x72, 0x6F, 0x77]) { out.append(0x20) }
    }
    return out
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
    let sheet = Array(input[..<cut])
    let strings = cut < input.count ? Array(input[(cut + 1)...]) : Array("<sst><si><t>a</t></si></sst>".utf8)
    let read = readAll(book(sheet: sheet, strings: strings), name: "fuzz.xlsx")
    // The fast path and the general path read the same (CDATA text may hold "<c " or "<row " itself).
    if !sheet.contains(0x5B) {
        precondition(readAll(book(sheet: generalOnly(sheet), strings: strings), name: "fuzz.xlsx") == read,
                     "the fast path reads as the general path")
    }
    return 0
}
