/// `word/document.xml`: the title (or the 简报 masthead and title), the blocks,
/// the end block, and the section with the GB/T 9704 page set-up.
struct DocumentPart {
    typealias L = OfficialLayout
    let document: Document

    func bytes() -> [UInt8] {
        var x = XMLBuffer()
        x.open("w:document", ["xmlns:w": Namespace.w, "xmlns:r": Namespace.r])
        x.open("w:body")
        if case .bulletin(let masthead) = document.form { Self.masthead(masthead, into: &x) }
        for line in document.title.split(separator: "\n") { Self.paragraph(String(line), style: StyleID.title, into: &x) }
        if let subtitle = document.subtitle { Self.paragraph(subtitle, style: StyleID.subtitle, into: &x) }
        if document.form == .official { Self.paragraph("", style: StyleID.body, into: &x) }
        for block in document.blocks { Self.block(block, compact: document.compact, into: &x) }
        signature(into: &x)
        section(into: &x)
        x.close("w:body")
        x.close("w:document")
        return x.bytes
    }

    static func block(_ block: Document.Block, compact: Bool, into x: inout XMLBuffer) {
        switch block {
        case .heading1(let text): paragraph(text, style: StyleID.heading1, into: &x)
        case .heading2(let text): paragraph(text, style: StyleID.heading2, into: &x)
        case .paragraph(let text): paragraph(text, style: StyleID.body, into: &x)
        case .note(let text): paragraph(text, style: StyleID.note, into: &x)
        case .table(let table): TablePart(table: table, compact: compact).write(into: &x)
        }
    }

    /// One paragraph in a style; `\n` inside becomes a line break, `\t` a tab.
    static func paragraph(_ text: String, style: String, extra: (inout XMLBuffer) -> Void = { _ in },
                          into x: inout XMLBuffer) {
        x.element("w:p") { x in
            x.element("w:pPr") { x in
                x.empty("w:pStyle", ["w:val": style])
                extra(&x)
            }
            run(text, into: &x)
        }
    }

    static func run(_ text: String, into x: inout XMLBuffer) {
        guard !text.isEmpty else { return }
        x.element("w:r") { x in
            var first = true
            for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                if !first { x.empty("w:br") }
                first = false
                var firstPiece = true
                for piece in line.split(separator: "\t", omittingEmptySubsequences: false) {
                    if !firstPiece { x.empty("w:tab") }
                    firstPiece = false
                    if !piece.isEmpty { x.element("w:t", ["xml:space": "preserve"], text: String(piece)) }
                }
            }
        }
    }

    /// 简报 版头: the bulletin's name in large red type, the issue number, then
    /// 编发单位 at the left and the date at the right above a red rule.
    static func masthead(_ masthead: Masthead, into x: inout XMLBuffer) {
        paragraph(masthead.name, style: StyleID.masthead, into: &x)
        paragraph(masthead.issue, style: StyleID.mastheadIssue, into: &x)
        x.element("w:p") { x in
            x.element("w:pPr") { x in
                x.empty("w:pStyle", ["w:val": StyleID.mastheadRule])
                x.element("w:tabs") { $0.empty("w:tab", ["w:val": "right", "w:pos": String(L.typeWidth)]) }
            }
            run(masthead.publisher + "\t" + masthead.date, into: &x)
        }
    }

    /// 发文机关署名 and 成文日期 (GB/T 9704 7.3.5.2, without a seal): the name two
    /// characters from the right, the date on the next line starting two
    /// characters right of the name's start; a date longer than the name sits
    /// two characters from the right and the name moves left to keep that offset.
    func signature(into x: inout XMLBuffer) {
        guard !document.organisation.isEmpty || !document.date.isEmpty else { return }
        let (nameRight, dateRight) = Self.signatureIndents(name: document.organisation, date: document.date)
        let body = (document.compact ? L.compactBodyHalfPoints : L.bodyHalfPoints) * 10
        Self.paragraph("", style: StyleID.body, into: &x)
        for (text, hundredths) in [(document.organisation, nameRight), (document.date, dateRight)] where !text.isEmpty {
            Self.paragraph(text, style: StyleID.signature, extra: { x in
                x.empty("w:ind", ["w:right": String(hundredths * body / 100), "w:rightChars": String(hundredths)])
            }, into: &x)
        }
    }

    /// Right indents in hundredths of a character; Latin letters and digits
    /// count as half a character.
    static func signatureIndents(name: String, date: String) -> (name: Int, date: Int) {
        let n = width(name), d = width(date)
        if d > n { return (d + 400 - n, 200) }
        return (200, n - d)
    }

    static func width(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + ($1.value < 0x2E80 ? 50 : 100) }
    }

    func section(into x: inout XMLBuffer) {
        x.element("w:sectPr") { x in
            x.empty("w:footerReference", ["w:type": "default", "r:id": Relation.footerOdd])
            x.empty("w:footerReference", ["w:type": "even", "r:id": Relation.footerEven])
            x.empty("w:pgSz", ["w:w": String(L.pageWidth), "w:h": String(L.pageHeight)])
            x.empty("w:pgMar", ["w:top": String(L.top), "w:right": String(L.right), "w:bottom": String(L.bottom),
                                "w:left": String(L.left), "w:header": String(L.header), "w:footer": String(L.footer),
                                "w:gutter": "0"])
            x.empty("w:cols", ["w:space": "425"])
            x.empty("w:docGrid", ["w:type": "lines",
                                  "w:linePitch": String(document.compact ? L.compactLinePitch : L.linePitch),
                                  "w:charSpace": String(L.charSpace)])
        }
    }
}

/// A table spanning the type area: fixed column widths (the first column, which
/// names the row, twice as wide when there are three or more), thin borders, a
/// header row in 黑体 that repeats on each page.
struct TablePart {
    let table: Table
    let compact: Bool

    var widths: [Int] {
        let columns = max(table.header.count, table.rows.map(\.count).max() ?? 0, 1)
        let weights = (0 ..< columns).map { $0 == 0 && columns >= 3 ? 2 : 1 }
        let total = weights.reduce(0, +)
        var widths = weights.map { OfficialLayout.typeWidth * $0 / total }
        widths[columns - 1] += OfficialLayout.typeWidth - widths.reduce(0, +)
        return widths
    }

    func write(into x: inout XMLBuffer) {
        if let caption = table.caption { DocumentPart.paragraph(caption, style: StyleID.tableCaption, into: &x) }
        let widths = self.widths
        x.element("w:tbl") { x in
            x.element("w:tblPr") { x in
                x.empty("w:tblW", ["w:w": String(OfficialLayout.typeWidth), "w:type": "dxa"])
                x.empty("w:jc", ["w:val": "center"])
                x.element("w:tblBorders") { x in
                    for side: StaticString in ["w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"] {
                        x.empty(side, ["w:val": "single", "w:sz": "4", "w:space": "0", "w:color": "000000"])
                    }
                }
                x.empty("w:tblLayout", ["w:type": "fixed"])
                x.element("w:tblCellMar") { x in
                    x.empty("w:left", ["w:w": "57", "w:type": "dxa"])
                    x.empty("w:right", ["w:w": "57", "w:type": "dxa"])
                }
            }
            x.element("w:tblGrid") { x in
                for width in widths { x.empty("w:gridCol", ["w:w": String(width)]) }
            }
            row(table.header, widths: widths, header: true, into: &x)
            for cells in table.rows { row(cells, widths: widths, header: false, into: &x) }
        }
        DocumentPart.paragraph("", style: StyleID.tableAfter, into: &x)
    }

    func row(_ cells: [String], widths: [Int], header: Bool, into x: inout XMLBuffer) {
        x.element("w:tr") { x in
            x.element("w:trPr") { x in
                x.empty("w:cantSplit")
                if header { x.empty("w:tblHeader") }
            }
            for (column, width) in widths.enumerated() {
                let text = column < cells.count ? cells[column] : ""
                x.element("w:tc") { x in
                    x.element("w:tcPr") { x in
                        x.empty("w:tcW", ["w:w": String(width), "w:type": "dxa"])
                        x.empty("w:vAlign", ["w:val": "center"])
                    }
                    let style = header ? StyleID.tableHeader : column == 0 ? StyleID.tableHead : StyleID.tableText
                    DocumentPart.paragraph(text, style: style, into: &x)
                }
            }
        }
    }
}
