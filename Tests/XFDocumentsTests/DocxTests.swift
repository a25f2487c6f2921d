import Foundation
import Testing
import XFTestSupport
@testable import XFDocuments

/// A report in the shape the site writes: title, headings, paragraphs, a table,
/// hostile text, and the end block.
let sampleReport = Document(
    title: "示例区信访局\n2024年度信访工作情况报告",
    subtitle: "数据截至2024年12月31日",
    blocks: [
        .heading1("一、信访总量和渠道"),
        .paragraph("2024年，全区共登记信访事项4869件，涉及群众5832人次。其中来信612件，来访1204批2197人次，网上信访2455件。"),
        .heading2("（一）初次信访办理"),
        .paragraph("办结求决类初次信访事项535件，一次性化解率95.7%。"),
        .table(Table(caption: "表1 分季度主要数据", header: ["季度", "信访总量（件）", "及时受理率", "按期办结率"],
                     rows: [["一季度", "1203", "98.1%", "96.4%"], ["二季度", "1187", "97.9%", "95.0%"],
                            ["三季度", "1311", "98.6%", "96.8%"], ["四季度", "1168", "99.0%", "97.2%"]])),
        .paragraph("特殊字符 <script>&amp;\"引号\" 'x' \u{01}控制符 保留原样。"),
        .note("注：本报告数据取自2024-12月快照的本年累计（ytd）数据。"),
    ],
    organisation: "示例区信访局", date: "2024年12月31日")

func documentXML(_ docx: [UInt8]) throws -> String {
    let entry = try readStoredZip(docx).first { $0.name == "word/document.xml" }
    return String(decoding: entry?.bytes ?? [], as: UTF8.self)
}

@Suite struct DocxTests {
    @Test func packageHasTheParts() throws {
        let bytes = try DocxWriter.bytes(sampleReport)
        let names = try readStoredZip(bytes).map(\.name)
        #expect(names == ["[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/_rels/document.xml.rels",
                          "word/styles.xml", "word/settings.xml", "word/fontTable.xml", "word/footer1.xml",
                          "word/footer2.xml", "docProps/core.xml", "docProps/app.xml"])
        let parts = Dictionary(uniqueKeysWithValues: try readStoredZip(bytes).map { ($0.name, String(decoding: $0.bytes, as: UTF8.self)) })
        #expect(parts["word/settings.xml"]!.contains("<w:evenAndOddHeaders/>"))
        #expect(parts["word/footer1.xml"]!.contains("<w:jc w:val=\"right\"/>"))
        #expect(parts["word/footer2.xml"]!.contains("<w:jc w:val=\"left\"/>"))
        #expect(parts["word/footer1.xml"]!.contains(" PAGE "))
        let document = parts["word/document.xml"]!
        #expect(document.contains("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"))
        #expect(document.contains("w:top=\"2098\" w:right=\"1474\" w:bottom=\"1984\" w:left=\"1587\""))
        #expect(document.contains("<w:docGrid w:type=\"lines\" w:linePitch=\"579\" w:charSpace=\"-842\"/>"))
        let styles = parts["word/styles.xml"]!
        for font in ["方正小标宋简体", "仿宋_GB2312", "黑体", "楷体_GB2312", "宋体"] {
            #expect(styles.contains("w:eastAsia=\"\(font)\""), "\(font)")
        }
    }

    @Test func geometryFollowsGBT9704() {
        typealias L = OfficialLayout
        #expect(L.typeWidth == 8845)  // 156.0 mm
        #expect(L.typeHeight == 12756)  // 225.0 mm
        #expect(L.linePitch * 22 <= L.typeHeight && (L.linePitch + 1) * 22 > L.typeHeight)
        // 28 characters of 16 pt plus charSpace/4096 pt each fit the type width.
        let pitch = (16.0 + Double(L.charSpace) / 4096) * 20
        #expect(pitch * 28 <= Double(L.typeWidth) && (pitch + 0.05) * 28 > Double(L.typeWidth) - 1)
    }

    @Test func sameDocumentSameBytes() throws {
        #expect(try DocxWriter.bytes(sampleReport) == DocxWriter.bytes(sampleReport))
    }

    @Test func hostileTextIsEscapedAndControlCharactersDropped() throws {
        let xml = try documentXML(DocxWriter.bytes(sampleReport))
        #expect(xml.contains("&lt;script&gt;&amp;amp;\"引号\" 'x' 控制符"))
        #expect(!xml.contains("<script>"))
        #expect(!xml.unicodeScalars.contains { $0.value == 1 })
    }

    @Test func signatureIndentsFollowTheStandard() {
        // Date (7 characters: digits count half) longer than the name (6): date 2 from the right,
        // name moved left so the date starts two characters right of it.
        let (name, date) = DocumentPart.signatureIndents(name: "示例区信访局", date: "2024年12月31日")
        #expect(date == 200 && name == 500)
        // Name (13) longer than the date (6): name 2 from the right, date starts 2 right of the name's start.
        let (longName, shortDate) = DocumentPart.signatureIndents(name: "示例区人民政府信访局办公室", date: "2024年1月1日")
        #expect(longName == 200 && shortDate == 700)
    }

    @Test(.enabled(if: DocumentTools.hasPythonDocx, "需要 python3 和 python-docx"))
    func pythonDocxReadsPageFontsAndText() throws {
        let folder = try TemporaryFolder("pydocx").url
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("report.docx")
        try Data(try DocxWriter.bytes(sampleReport)).write(to: file)
        let read = try DocumentTools.pythonDocx(file)
        #expect(read["width"] as? Double == 210.0)
        #expect(read["height"] as? Double == 297.0)
        #expect(read["top"] as? Double == 37.0)
        #expect(read["left"] as? Double == 28.0)
        #expect(read["right"] as? Double == 26.0)
        #expect(read["bottom"] as? Double == 35.0)
        #expect(read["oddEven"] as? Bool == true)
        #expect(read["oddFooter"] as? String == "— 1 —")
        #expect((read["oddAlign"] as? String)?.hasPrefix("RIGHT") == true)
        #expect((read["evenAlign"] as? String)?.hasPrefix("LEFT") == true)
        let styles = read["styles"] as! [String: [String: Any]]
        let expected: [(String, String, Double)] = [("Normal", "仿宋_GB2312", 16), ("Title", "方正小标宋简体", 22),
                                                    ("Heading 1", "黑体", -1), ("Heading 2", "楷体_GB2312", -1),
                                                    ("XF 表格", "仿宋_GB2312", 12), ("XF 表头", "黑体", -1), ("Footer", "宋体", 14)]
        for (style, font, size) in expected {
            #expect(styles[style]?["eastAsia"] as? String == font, "\(style)")
            if size > 0 { #expect(styles[style]?["size"] as? Double == size, "\(style)") }
        }
        let grid = read["grid"] as! [String: String]
        #expect(grid == ["type": "lines", "linePitch": "579", "charSpace": "-842"])
        let paragraphs = read["paragraphs"] as! [String]
        #expect(paragraphs.contains("办结求决类初次信访事项535件，一次性化解率95.7%。"))
        #expect(paragraphs.suffix(2) == ["示例区信访局", "2024年12月31日"])
        let tables = read["tables"] as! [[[String]]]
        #expect(tables.first?.first == ["季度", "信访总量（件）", "及时受理率", "按期办结率"])
    }

    @Test(.enabled(if: DocumentTools.soffice != nil && DocumentTools.pdfinfo != nil, "需要 LibreOffice（soffice）和 poppler-utils"))
    func libreOfficeConvertsReportAndBulletin() throws {
        let folder = try TemporaryFolder("lo").url
        defer { try? FileManager.default.removeItem(at: folder) }
        var bulletin = sampleReport
        bulletin.form = .bulletin(Masthead(name: "信访工作简报", issue: "第12期", publisher: "示例区信访局编", date: "2024年12月31日"))
        bulletin.title = "2024年12月信访工作情况"
        bulletin.compact = true
        let files = [("report", sampleReport), ("bulletin", bulletin)].map { folder.appendingPathComponent($0.0 + ".docx") }
        try Data(try DocxWriter.bytes(sampleReport)).write(to: files[0])
        try Data(try DocxWriter.bytes(bulletin)).write(to: files[1])
        if let keep = ProcessInfo.processInfo.environment["XF_KEEP_DOCX"] {
            for file in files { try? FileManager.default.copyItem(at: file, to: URL(fileURLWithPath: keep).appendingPathComponent(file.lastPathComponent)) }
        }
        let (output, pdfs) = try DocumentTools.convertToPDF(files, in: folder)
        #expect(output.status == 0, "\(output.err)")
        for pdf in pdfs {
            let (pages, width, height) = try DocumentTools.pdfPages(pdf)
            #expect(pages >= 1)
            #expect(abs(width - 595.3) < 1 && abs(height - 841.9) < 1, "A4: \(width) × \(height)")
            let text = try DocumentTools.pdfText(pdf)
            #expect(text.contains("办结求决类初次信访事项535件，一次性化解率95.7%。"))
            #expect(text.contains("—1—"))
        }
        #expect(try DocumentTools.pdfText(pdfs[1]).hasPrefix("信访工作简报第12期"))
    }
}
