import Foundation
import Testing
import XFTestSupport
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

/// The ZIP forms big and streamed workbooks take: Python's zipfile re-packs a real
/// workbook with ZIP64 extra fields (as writers do past 4 GB), with data descriptors
/// (sizes and CRC after the data, as a writer that cannot seek back writes them),
/// and with both; each reads cell for cell as the original.
@Test(.enabled(if: ExternalTool.python != nil, "需要 python3"), arguments: ["zip64", "descriptors", "zip64+descriptors"])
func zip64AndDataDescriptorsReadAsTheOriginal(_ form: String) throws {
    let folder = try TemporaryFolder("zip-forms")
    defer { folder.remove() }
    let source = Fixtures.folder.appendingPathComponent("xlsxwriter-cases.xlsx"), target = folder.appending("repacked.xlsx")
    let result = try ExternalTool.run(ExternalTool.python!, ["-c", """
    import io, sys, zipfile
    form = sys.argv[3]
    class Unseekable(io.RawIOBase):
        def __init__(self, f): self.f = f
        def writable(self): return True
        def seekable(self): return False
        def write(self, b): return self.f.write(b)
    with open(sys.argv[1], "rb") as f: original = zipfile.ZipFile(f); parts = [(i, original.read(i.filename)) for i in original.infolist()]
    with open(sys.argv[2], "wb") as out:
        sink = Unseekable(out) if "descriptors" in form else out
        with zipfile.ZipFile(sink, "w", zipfile.ZIP_DEFLATED) as z:
            for info, data in parts:
                with z.open(zipfile.ZipInfo(info.filename, info.date_time), "w", force_zip64="zip64" in form) as entry:
                    entry.write(data)
    repacked = open(sys.argv[2], "rb").read()
    # The forms are really there: the ZIP64 extra field (0x0001) and general-purpose bit 3.
    assert ("zip64" not in form) or b"\\x01\\x00\\x10\\x00" in repacked, "no ZIP64 field"
    assert ("descriptors" not in form) or repacked[6] & 8, "no data descriptor flag"
    """, source.path, target.path, form])
    #expect(result.status == 0, "\(result.err)")
    let original = try withWorkbook(try Fixtures.bytes("xlsxwriter-cases.xlsx")) { cellLines($0) }
    try withWorkbook(Array(try Data(contentsOf: target))) { book in
        #expect(book.problems.isEmpty, "\(book.problems)")
        #expect(cellLines(book) == original)
    }
}
