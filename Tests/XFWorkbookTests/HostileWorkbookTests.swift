import Testing
import XFSource
import XFTestSupport
import XFZip
@testable import XFWorkbook

/// A minimal .xlsx around one sheet's XML, written with the stored ZIP writer.
func workbook(sheet: String, strings: String? = nil, extra: [(String, [UInt8])] = []) -> [UInt8] {
    var zip = StoredZip()
    zip.add("_rels/.rels", Array("""
    <?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\
    </Relationships>
    """.utf8))
    zip.add("xl/workbook.xml", Array("""
    <?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
    xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>\
    <sheet name="表1" sheetId="1" r:id="rId1"/></sheets></workbook>
    """.utf8))
    zip.add("xl/_rels/workbook.xml.rels", Array("""
    <?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>\
    <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>\
    </Relationships>
    """.utf8))
    zip.add("xl/worksheets/sheet1.xml", Array(("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">" + sheet + "</worksheet>").utf8))
    if let strings { zip.add("xl/sharedStrings.xml", Array(strings.utf8)) }
    for (name, data) in extra { zip.add(name, data) }
    return (try! zip.bytes())
}

func problems(ofSheet sheet: String, strings: String? = nil) throws -> (rows: [SheetRow], problems: [WorkbookProblem]) {
    try withWorkbook(workbook(sheet: sheet, strings: strings)) { ($0.sheets[0], $0.problems) }
}

@Test func sparseRowsReferencesAndTypes() throws {
    let (rows, found) = try problems(ofSheet: """
    <sheetData><row r="2"><c r="B2" t="inlineStr"><is><r><t>东湖</t></r><r><t xml:space="preserve">街道 </t></r><rPh><t>ドン</t></rPh></is></c>\
    <c r="D2" t="b"><v>1</v></c><c r="E2" t="e"><v>#VALUE!</v></c><c r="F2" t="str"><f>A1</f><v>a&amp;b&#x4E2D;&#20013;</v></c>\
    <c t="d"><v>2024-05-01T00:00:00</v></c></row><row r="17"><c r="C17" s="0"><v>1.2345678901234568E+17</v></c></row></sheetData>
    """)
    #expect(found.isEmpty)
    #expect(rows.map(\.number) == [2, 17])
    #expect(rows[0].cells.map(\.column) == [1, 3, 4, 5, 6])
    #expect(rows[0].cells.map(\.kind) == [.text, .boolean, .error, .text, .text])
    #expect(rows[0].string(rows[0].cells[0]) == "东湖街道 ")
    #expect(rows[0].string(rows[0].cells[3]) == "a&b中中")
    #expect(CellMeaning.of(rows[1].cells[0], in: rows[1], date1904: false) == .text(Array("123456789012345680".utf8)))
}

@Test func sharedStringsSkipPhoneticRuns() throws {
    let (rows, found) = try problems(ofSheet: "<sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>1</v></c><c r=\"B1\" t=\"s\"><v>5</v></c></row></sheetData>",
                                     strings: "<sst><si><t>a</t></si><si><r><t>信</t></r><r><t>访</t></r><rPh sb=\"0\" eb=\"1\"><t>シン</t></rPh></si></sst>")
    #expect(rows[0].string(rows[0].cells[0]) == "信访")
    #expect(found.map(\.code) == ["xlsx.bad-shared-string"])
    #expect(found[0].cell == "B1")
    #expect(found[0].sheet == "表1")
}

@Test func referenceBeyondTheGridIsLocated() throws {
    let (rows, found) = try problems(ofSheet: "<sheetData><row r=\"3\"><c r=\"XFE3\"><v>1</v></c><c r=\"A1048577\"><v>1</v></c><c r=\"B3\"><v>2</v></c></row></sheetData>")
    #expect(found.map(\.code) == ["xlsx.bad-reference", "xlsx.bad-reference"])
    #expect(found.map(\.value) == ["XFE3", "A1048577"])
    #expect(rows.count == 1 && rows[0].cells.map(\.column) == [1])
}

@Test func rowsOutOfOrderAreLocated() throws {
    let (rows, found) = try problems(ofSheet: "<sheetData><row r=\"5\"><c r=\"A5\"><v>1</v></c></row><row r=\"4\"><c r=\"A4\"><v>1</v></c></row><row><c><v>3</v></c></row></sheetData>")
    #expect(found.map(\.code) == ["xlsx.row-order"])
    #expect(found[0].cell == "4")
    #expect(rows.map(\.number) == [5, 6])
}

@Test func dtdAndEntitiesAreRefusedNotExpanded() throws {
    let lol = "<!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;\">]>"
    let found = try withWorkbook(workbook(sheet: "").replacingSheet(lol + "<worksheet><sheetData/></worksheet>")) { $0.problems }
    #expect(found.map(\.code) == ["xlsx.malformed"])
    #expect(found[0].message.contains("DTD"))
    let (_, undefined) = try problems(ofSheet: "<sheetData><row r=\"1\"><c r=\"A1\" t=\"str\"><v>&lol;</v></c></row></sheetData>")
    #expect(undefined.map(\.code) == ["xlsx.malformed"])
    #expect(undefined[0].cell == "A1")
}

@Test func malformedXMLIsLocatedAndStopsTheSheet() throws {
    let (rows, found) = try problems(ofSheet: "<sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></c></row><row r=\"2\"><c r=\"A2\"><v>1</c></row></sheetData>")
    #expect(found.map(\.code) == ["xlsx.malformed"])
    #expect(found[0].cell == "A2")
    #expect(rows.count == 1)
    let (_, cut) = try problems(ofSheet: "<sheetData><row r=\"1\"><c r=\"A1\"><v>1")
    #expect(cut.map(\.code) == ["xlsx.malformed"])
}

@Test func zipBombIsStoppedWithAMessage() throws {
    let problem = firstProblem(try Fixtures.bytes("bomb.xlsx"))
    #expect(problem?.code == "workbook.too-large")
    #expect(problem?.message.contains("压缩炸弹") == true)
}

@Test func truncatedAndDuplicateZipsAreDamaged() throws {
    let good = try Fixtures.bytes("xlsxwriter-cases.xlsx")
    for cut in [0, 10, 22, good.count / 3, good.count - 30] {
        #expect(firstProblem(Array(good[..<cut]))?.code == "workbook.damaged", "cut at \(cut)")
    }
    let twice = workbook(sheet: "<sheetData/>", extra: [("xl/worksheets/sheet1.xml", Array("<worksheet/>".utf8))])
    #expect(firstProblem(twice)?.code == "workbook.duplicate-entry")
}

@Test func absurdSizesAreRefused() throws {
    var bytes = workbook(sheet: "<sheetData/>")
    // Make the first central-directory entry claim a 4 GB uncompressed size.
    let directory = bytes.indices.first { bytes[$0] == 0x50 && bytes[$0 + 1] == 0x4B && bytes[$0 + 2] == 1 && bytes[$0 + 3] == 2 }!
    for k in 0..<4 { bytes[directory + 24 + k] = 0xFE }
    #expect(firstProblem(bytes)?.code == "workbook.too-large")
}

@Test func wrongKindsOfFilesGetClearAdvice() {
    #expect(firstProblem(Array("<html><table><tr><td>1</td></tr></table></html>".utf8), name: "export.xls")?.code == "workbook.not-a-workbook")
    #expect(firstProblem([0xD0, 0xCF, 0x11, 0xE0], name: "book.et")?.code == "workbook.wps-et")
    #expect(firstProblem([0x09, 0x04, 0x06, 0x00, 0x00, 0x00, 0x10, 0x00], name: "old.xls")?.code == "xls.old-version")
}

@Test func mutatedFixturesNeverCrash() throws {
    var rng = SplitMix64(seed: 5)
    for name in ["xlsxwriter-cases.xlsx", "libreoffice-cases.xls", "xlwt-continue.xls"] {
        let good = try Fixtures.bytes(name)
        for _ in 0..<150 {
            var mutated = good
            for _ in 0..<4 { mutated[Int(rng.next() % UInt64(mutated.count))] = UInt8(truncatingIfNeeded: rng.next()) }
            _ = firstProblem(mutated, name: name)
        }
    }
}

extension Array where Element == UInt8 {
    /// The workbook with its sheet part's bytes replaced (stored entries keep their offsets only if sizes match,
    /// so the archive is rebuilt).
    func replacingSheet(_ xml: String) -> [UInt8] {
        var zip = StoredZip()
        self.withUnsafeBufferPointer { buffer in
            let archive = try! ZipArchive(buffer)
            for entry in archive.entries {
                let data = entry.name == "xl/worksheets/sheet1.xml" ? Array(xml.utf8) : try! archive.readAll(entry)
                zip.add(entry.name, data)
            }
        }
        return (try! zip.bytes())
    }
}

/// A part cut into chunks of any size scans to the same tokens as in one piece:
/// a token cut at a chunk's end is finished from the next chunk(s), however long.
@Test func chunkBoundariesNeverChangeTheTokens() throws {
    let long = String(repeating: "长文字", count: 1500)
    let xml = Array("<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>\(long)&amp;</t></is></c><c r=\"B1\"><v>45231</v></c></row><!-- \(long) --><row r=\"2\"/></sheetData>".utf8)
    func tokens(_ size: Int) throws -> [String] {
        var found: [String] = []
        var scanner = XMLScanner(UnsafeBufferPointer(start: nil, count: 0), isFinal: false)
        var chunks = XMLChunks()
        func parse(_ scanner: inout XMLScanner) throws {
            while true {
                let token = try scanner.next()
                switch token {
                case .needMore, .done: return
                case .start: found.append("<" + String(decoding: scanner.name, as: UTF8.self))
                case .end: found.append("/" + String(decoding: scanner.name, as: UTF8.self))
                case .text:
                    var text: [UInt8] = []
                    try scanner.appendText(to: &text)
                    found.append("t" + String(decoding: text, as: UTF8.self))
                }
            }
        }
        try xml.withUnsafeBufferPointer { all in
            var at = 0
            while at < all.count {
                let end = min(all.count, at + size)
                try chunks.feed(UnsafeBufferPointer(rebasing: all[at..<end]), scanner: &scanner, isFinal: false, parse: parse)
                at = end
            }
            try chunks.feed(UnsafeBufferPointer(start: nil, count: 0), scanner: &scanner, isFinal: true, parse: parse)
        }
        // Text may arrive in pieces; joined, it must be the same.
        var joined: [String] = []
        for token in found {
            if token.hasPrefix("t"), let last = joined.last, last.hasPrefix("t") { joined[joined.count - 1] += token.dropFirst() } else { joined.append(token) }
        }
        return joined
    }
    let whole = try tokens(xml.count)
    #expect(whole.contains("t" + long + "&"))
    // Tiny chunks rescan the cut token each time (quadratic), so the smallest sizes get a shorter part.
    for size in [7, 64, 4095, 4096, 4097, 10_000] {
        #expect(try tokens(size) == whole, "chunks of \(size) bytes")
    }
}

/// A token that never ends (a 20 MB attribute value arriving in the inflater's
/// 256 KB chunks) is refused once it passes 16 MB, instead of being rescanned
/// with every chunk for ever.
@Test func aTokenThatNeverEndsIsRefused() throws {
    let xml = Array(("<row r=\"1\"><c r=\"A1\" x=\"" + String(repeating: "a", count: 20 << 20)).utf8)
    var scanner = XMLScanner(UnsafeBufferPointer(start: nil, count: 0), isFinal: false)
    var chunks = XMLChunks()
    var fed = 0
    var failure: String?
    xml.withUnsafeBufferPointer { all in
        while fed < all.count {
            let end = min(all.count, fed + (1 << 18))
            do {
                try chunks.feed(UnsafeBufferPointer(rebasing: all[fed..<end]), scanner: &scanner, isFinal: false) { scanner in
                    while true { if case .needMore = try scanner.next() { return } }
                }
            } catch { failure = "\(error)"; break }
            fed = end
        }
    }
    #expect(failure?.contains("16 MB") == true, "\(failure ?? "no failure")")
    // Stopped within a chunk of the limit, not at the end of the 20 MB.
    #expect(fed >= XMLChunks.tokenLimit - (1 << 18) && fed <= XMLChunks.tokenLimit + (1 << 18))
}
