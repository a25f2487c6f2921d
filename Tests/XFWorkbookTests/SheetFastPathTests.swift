import Foundation
import Testing
import XFSource
@testable import XFWorkbook

/// The sheet reader reads cells of the usual shape on a fast path and all others
/// on the general one; both must give the same rows and the same located problems.
/// `<c  r=…` and `<row  r=…` (two spaces) are valid XML the fast path leaves to the general path.
private let sheetXML = """
<sheetData><row r="1" spans="1:5"><c r="A1" t="s"><v>0</v></c><c r="B1" s="1"><v>45231</v></c><c r="C1"><v>12</v></c>\
<c r="D1" t="b"><v>1</v></c><c r="E1" t="e"><v>#N/A</v></c><c r="F1" t="str"><v>a&amp;b</v></c><c r="G1"/><c r="H1" s="2"></c>\
<c r="I1" t="s"><v>1</v></c><c t="s" s="1" r="J1"><v>2</v></c></row>\
<row r="2"><c r="A2" t="s"><v>9</v></c><c r="B1"><v>1</v></c><c r="C2"><v>3</v></c><c r="C2"><v>4</v></c><c r="$D$2"><v>5</v></c>\
<c r="e2"><v>6</v></c><c r="XFE2"><v>7</v></c><c r="AAAA2"><v>8</v></c><c><v>9</v></c><c r="Z2" t="inlineStr"><is><t>内联</t></is></c></row>\
<row r="4"><c r="A4" t="s" s="x"><v>1</v></c><c r="B4"><f>A1</f><v>2</v></c><c r="C4" t="d"><v>2024-05-01</v></c></row>\
<row r="3"><c r="A3"><v>1</v></c></row><row r="5"><c r="B5"><v>5</v></c><c r="A5"><v>4</v></c></row>\
<row r="6" spans="1:3" x14ac:dyDescent="0.25"><c r="A6" s="1" t="n"><v>6</v></c><c r="B6" t="s" s="1"><v>2</v></c></row>\
<row r="7" ht="15" r="8"><c r="A8"><v>8</v></c></row><row spans="1:2" r="9"><c r="A9"><v>9</v></c></row>\
<row r="010"><c r="A10"><v>10</v></c><c r="B010"><v>10</v></c></row><row r="11"/><row r="12" x:r="13"><c r="A13"><v>13</v></c></row>\
<row r="14" a='x'><c r="A14" s="12345678901"><v>14</v></c><c r="B14" t="s" ><v>0</v></c></row><row r="0"><c r="A0"><v>0</v></c></row>\
<row r="15"><c r="A15" t="str"><v>x</v></c></row><row r="15"><c r="B15"><v>15</v></c></row>\
<row r="1048577"><c r="A1"><v>1</v></c></row><row r="16"><c r="A16" t="s"><v>1</v></c></row>\
<row r="17"><c r="A17" t="s"><v>01</v></c><c r="B17" t="s"><v>1a</v></c><c r="C17" t="s"><v>00000000001</v></c>\
<c r="D17" t="s"><v></v></c><c r="E17" t="s"><v>2 </v></c><c r="F17" t="s"><v>3</v></c><c r="G17" s="1" t="s"><v>2</v></c>\
<c r="H17" t="s"/><c r="I17" t="sx"><v>0</v></c></row></sheetData>
"""

/// Every row and problem of `xml` read as one sheet, in chunks of `size` bytes.
private func read(_ xml: String, chunks size: Int) -> [String] {
    var strings = SharedStrings()
    for text in ["编号", "东湖街道", "信访"] {
        strings.bytes += Array(text.utf8)
        strings.ends.append(strings.bytes.count)
    }
    var reader = XlsxSheetReader(sheet: "表1", part: "xl/worksheets/sheet1.xml", strings: strings, dateStyles: [false, true, false])
    var collector = RowCollector()
    let bytes = Array(("<worksheet>" + xml + "</worksheet>").utf8)
    reader.read({ sink in
        try bytes.withUnsafeBufferPointer { all in
            var at = 0
            while at < all.count {
                let end = min(all.count, at + size)
                guard try sink(UnsafeBufferPointer(rebasing: all[at..<end])) else { return }
                at = end
            }
        }
    }, into: &collector)
    var lines = collector.rows.flatMap { row in
        row.cells.map { "\(CellReference.name(column: $0.column, row: row.number)) \($0.kind) \(row.string($0))" }
    }
    lines += reader.problems.map { "\($0.code.rawValue) \($0.cell ?? "-") \($0.value ?? "-")" }
    return lines
}

@Test func fastAndGeneralPathsReadTheSame() throws {
    let fast = read(sheetXML, chunks: 1 << 20)
    let general = read(sheetXML.replacingOccurrences(of: "<c ", with: "<c  ").replacingOccurrences(of: "<row ", with: "<row  "),
                       chunks: 1 << 20)
    #expect(fast == general)
    // Rows the fast path reads, and those it leaves to the general one (a second `r`, `r` not first, a self-closing row, …).
    for cell in ["A6 date 6", "B6 text 信访", "A8 number 8", "A9 number 9", "A10 number 10", "B10 number 10", "A13 number 13",
                 "A14 number 14", "B14 text 编号", "A15 text x", "A16 text 东湖街道"] {
        #expect(fast.contains(cell), "\(cell)")
    }
    #expect(fast.contains("xlsx.bad-row 15 0"))
    #expect(fast.contains("xlsx.row-order 15 -"))
    #expect(fast.contains("xlsx.bad-row 16 1048577"))
    #expect(!fast.contains { $0.hasPrefix("B15") || $0.hasPrefix("A0 ") })
    #expect(fast.contains("A1 text 编号"))
    #expect(fast.contains("B1 date 45231"))
    #expect(fast.contains("I1 text 东湖街道"))
    #expect(fast.contains("J1 text 信访"))
    #expect(fast.contains("F1 text a&b"))
    #expect(fast.contains("D2 number 5"))
    #expect(fast.contains("xlsx.bad-reference 2 B1"))
    #expect(fast.contains("xlsx.cell-order D2 -") || fast.contains("xlsx.cell-order C2 -"))
    #expect(fast.contains("xlsx.row-order 3 -"))
    #expect(fast.contains("xlsx.bad-shared-string A2 9"))
    // Shared-string numbers the fast path reads as it scans them, and those it leaves to the general path.
    #expect(fast.contains("A17 text 东湖街道"))
    #expect(fast.contains("G17 text 信访"))
    for bad in ["B17 1a", "C17 00000000001", "E17 2 ", "F17 3"] { #expect(fast.contains("xlsx.bad-shared-string \(bad)"), "\(bad)") }
    #expect(!fast.contains { $0.hasPrefix("D17") || $0.hasPrefix("H17") || $0.hasPrefix("C17 ") })
}

/// A `</row>` that closes another element is the general path's (a located error), never a row boundary.
@Test func rowBoundaryInsideAnotherElementIsMalformed() throws {
    let xml = "<sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></c><foo></row><row r=\"2\"><c r=\"A2\"><v>2</v></c></row></sheetData>"
    let fast = read(xml, chunks: 1 << 20)
    #expect(fast == read(xml.replacingOccurrences(of: "<row ", with: "<row  "), chunks: 1 << 20))
    #expect(fast.contains { $0.hasPrefix("xlsx.malformed") })
    #expect(!fast.contains("A2 number 2"))
}

/// A cell cut anywhere by a chunk's end reads as in one piece (the fast path
/// leaves a cut cell to the general path, which finishes it from the next chunk).
@Test func fastPathCellsCutByChunksReadTheSame() throws {
    let whole = read(sheetXML, chunks: 1 << 20)
    for size in [1, 2, 3, 5, 8, 13, 31, 64, 100] {
        #expect(read(sheetXML, chunks: size) == whole, "chunks of \(size) bytes")
    }
}

/// Shared strings of the plain shape (`<si><t>…</t></si>`) are read in one go;
/// entities, `xml:space`, rich text and empty items take the general path, in order.
@Test func plainAndOtherSharedStringsKeepTheirOrder() throws {
    let cells = (0..<6).map { "<c r=\"\(CellReference.columnName($0))1\" t=\"s\"><v>\($0)</v></c>" }.joined()
    let (rows, found) = try problems(ofSheet: "<sheetData><row r=\"1\">\(cells)</row></sheetData>", strings: """
    <sst count="6"><si><t>甲</t></si><si><t>a&amp;b</t></si><si><t xml:space="preserve"> 乙 </t></si>\
    <si><r><t>丙</t></r><r><t>丁</t></r></si><si><t></t></si><si><t>戊</t></si></sst>
    """)
    #expect(found.isEmpty)
    #expect(rows[0].cells.map { rows[0].string($0) } == ["甲", "a&b", " 乙 ", "丙丁", "戊"])
    #expect(rows[0].cells.map(\.column) == [0, 1, 2, 3, 5])
}

/// Rows without `r` are numbered on from the last one; past Excel's last row they are
/// reported, not read (on both paths).
@Test func implicitRowsPastTheLastRowAreReported() throws {
    let xml = "<sheetData><row r=\"1048575\"><c><v>1</v></c></row><row><c><v>2</v></c></row><row><c><v>3</v></c></row><row><c><v>4</v></c></row></sheetData>"
    let fast = read(xml, chunks: 1 << 20)
    #expect(fast == read(xml.replacingOccurrences(of: "<row ", with: "<row  "), chunks: 1 << 20))
    #expect(fast.contains("A1048575 number 1"))
    #expect(fast.contains("A1048576 number 2"))
    #expect(fast.contains("xlsx.bad-row 1048577 1048577"))
    #expect(fast.contains("xlsx.bad-row 1048578 1048578"))
    #expect(!fast.contains { $0.hasSuffix(" 3") && $0.hasPrefix("A") || $0.hasSuffix(" 4") && $0.hasPrefix("A") })
}
