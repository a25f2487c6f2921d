/// Paragraph style ids used in document.xml; Word shows the built-in ones
/// (标题, 标题 1, 标题 2, 页脚) under their localised names and in the navigation pane.
enum StyleID {
    static let body = "Normal"
    static let title = "Title"
    static let subtitle = "Subtitle"
    static let heading1 = "Heading1"
    static let heading2 = "Heading2"
    static let note = "XFNote"
    static let signature = "XFSignature"
    static let tableCaption = "XFTableCaption"
    static let tableHeader = "XFTableHeader"
    static let tableHead = "XFTableRowHead"
    static let tableText = "XFTableText"
    static let tableAfter = "XFTableAfter"
    static let footer = "Footer"
    static let masthead = "XFMasthead"
    static let mastheadIssue = "XFMastheadIssue"
    static let mastheadRule = "XFMastheadRule"
}

/// `word/styles.xml`: every font named with its East-Asian slot (`w:eastAsia`),
/// so Word and WPS pick 仿宋_GB2312 / 黑体 / 楷体_GB2312 / 方正小标宋简体 for Chinese
/// text and Times New Roman for Latin letters and digits.
struct StylesPart {
    typealias L = OfficialLayout
    let compact: Bool

    var bodySize: Int { compact ? L.compactBodyHalfPoints : L.bodyHalfPoints }
    var pitch: Int { compact ? L.compactLinePitch : L.linePitch }
    var tableSize: Int { compact ? L.Size.compactTable : L.Size.table }

    struct Style {
        var id: String
        var name: String
        var basedOn: String? = StyleID.body
        var font: String? = nil
        var size: Int? = nil
        var bold = false
        var color: String? = nil
        var align: String? = nil
        /// First-line indent in hundredths of a character.
        var firstLineChars: Int? = nil
        /// Exact line height in twips; nil leaves it to the base style, 0 means single (auto).
        var exactLine: Int? = nil
        var outline: Int? = nil
        var keepNext = false
        var snapToGrid = true
        var spaceBefore: Int? = nil
        var spaceAfter: Int? = nil
        var bottomRule: (size: Int, color: String)? = nil
    }

    var styles: [Style] {
        [
            Style(id: StyleID.title, name: "Title", font: L.Font.title, size: L.Size.title, align: "center",
                  exactLine: max(pitch, L.Size.title * 10 + 160), keepNext: true),
            Style(id: StyleID.subtitle, name: "Subtitle", align: "center", keepNext: true),
            Style(id: StyleID.heading1, name: "heading 1", font: L.Font.heading1, firstLineChars: 200, outline: 0, keepNext: true),
            Style(id: StyleID.heading2, name: "heading 2", font: L.Font.heading2, firstLineChars: 200, outline: 1, keepNext: true),
            Style(id: StyleID.note, name: "XF 说明", firstLineChars: 0),
            Style(id: StyleID.signature, name: "XF 署名日期", align: "right", firstLineChars: 0, keepNext: true),
            Style(id: StyleID.tableCaption, name: "XF 表题", font: L.Font.tableHeader, size: tableSize, align: "center",
                  firstLineChars: 0, exactLine: tableSize * 10 + 160, keepNext: true, snapToGrid: false, spaceBefore: 120, spaceAfter: 60),
            Style(id: StyleID.tableText, name: "XF 表格", font: L.Font.table, size: tableSize, align: "center",
                  firstLineChars: 0, exactLine: tableSize * 10 + 100, snapToGrid: false),
            Style(id: StyleID.tableHead, name: "XF 表格行名", basedOn: StyleID.tableText, align: "left"),
            Style(id: StyleID.tableHeader, name: "XF 表头", basedOn: StyleID.tableText, font: L.Font.tableHeader),
            Style(id: StyleID.tableAfter, name: "XF 表后", size: 8, firstLineChars: 0, exactLine: 120, snapToGrid: false),
            Style(id: StyleID.footer, name: "footer", font: L.Font.pageNumber, size: L.Size.pageNumber,
                  firstLineChars: 0, exactLine: 0, snapToGrid: false),
            Style(id: StyleID.masthead, name: "XF 简报名称", font: L.Font.title, size: L.Size.masthead, color: L.red,
                  align: "center", firstLineChars: 0, exactLine: L.Size.masthead * 10 + 240, snapToGrid: false, spaceBefore: 240),
            Style(id: StyleID.mastheadIssue, name: "XF 简报期号", align: "center", firstLineChars: 0),
            Style(id: StyleID.mastheadRule, name: "XF 简报编发", firstLineChars: 0, spaceAfter: 240,
                  bottomRule: (size: 18, color: L.red)),
        ]
    }

    func bytes() -> [UInt8] {
        var x = XMLBuffer()
        x.open("w:styles", ["xmlns:w": Namespace.w])
        x.element("w:docDefaults") { x in
            x.element("w:rPrDefault") { x in
                x.element("w:rPr") { x in
                    Self.fonts(L.Font.body, into: &x)
                    x.empty("w:kern", ["w:val": "2"])
                    x.empty("w:sz", ["w:val": String(bodySize)])
                    x.empty("w:szCs", ["w:val": String(bodySize)])
                    x.empty("w:lang", ["w:val": "en-US", "w:eastAsia": "zh-CN", "w:bidi": "ar-SA"])
                }
            }
            x.element("w:pPrDefault") { x in
                x.element("w:pPr") { x in
                    x.empty("w:spacing", ["w:before": "0", "w:after": "0", "w:line": String(pitch), "w:lineRule": "exact"])
                }
            }
        }
        // Normal: the body text, first line indented two characters, justified.
        x.element("w:style", ["w:type": "paragraph", "w:default": "1", "w:styleId": StyleID.body]) { x in
            x.empty("w:name", ["w:val": "Normal"])
            x.empty("w:qFormat")
            x.element("w:pPr") { x in
                x.empty("w:widowControl", ["w:val": "0"])
                x.empty("w:spacing", ["w:line": String(pitch), "w:lineRule": "exact"])
                x.empty("w:ind", ["w:firstLineChars": "200", "w:firstLine": String(bodySize * 20)])
                x.empty("w:jc", ["w:val": "both"])
            }
            x.element("w:rPr") { x in
                Self.fonts(L.Font.body, into: &x)
                if !compact { x.empty("w:spacing", ["w:val": String(L.condense)]) }
                x.empty("w:sz", ["w:val": String(bodySize)])
                x.empty("w:szCs", ["w:val": String(bodySize)])
            }
        }
        for style in styles { write(style, into: &x) }
        x.close("w:styles")
        return x.bytes
    }

    func write(_ s: Style, into x: inout XMLBuffer) {
        x.element("w:style", ["w:type": "paragraph", "w:styleId": s.id]) { x in
            x.empty("w:name", ["w:val": s.name])
            if let basedOn = s.basedOn { x.empty("w:basedOn", ["w:val": basedOn]) }
            x.empty("w:qFormat")
            x.element("w:pPr") { x in
                if s.keepNext { x.empty("w:keepNext") }
                if let rule = s.bottomRule {
                    x.element("w:pBdr") { x in
                        x.empty("w:bottom", ["w:val": "single", "w:sz": String(rule.size), "w:space": "4", "w:color": rule.color])
                    }
                }
                if !s.snapToGrid { x.empty("w:snapToGrid", ["w:val": "0"]) }
                if s.exactLine != nil || s.spaceBefore != nil || s.spaceAfter != nil {
                    let line = s.exactLine ?? pitch
                    x.empty("w:spacing", ["w:before": String(s.spaceBefore ?? 0), "w:after": String(s.spaceAfter ?? 0),
                                          "w:line": String(line == 0 ? 240 : line), "w:lineRule": line == 0 ? "auto" : "exact"])
                }
                if let chars = s.firstLineChars {
                    x.empty("w:ind", ["w:firstLineChars": String(chars), "w:firstLine": String(chars * bodySize / 10)])
                }
                if let align = s.align { x.empty("w:jc", ["w:val": align]) }
                if let outline = s.outline { x.empty("w:outlineLvl", ["w:val": String(outline)]) }
            }
            x.element("w:rPr") { x in
                if let font = s.font { Self.fonts(font, into: &x) }
                if s.bold { x.empty("w:b"); x.empty("w:bCs") }
                if let color = s.color { x.empty("w:color", ["w:val": color]) }
                if let size = s.size {
                    x.empty("w:sz", ["w:val": String(size)])
                    x.empty("w:szCs", ["w:val": String(size)])
                }
            }
        }
    }

    /// Latin slots in Times New Roman, the East-Asian slot in the Chinese face.
    static func fonts(_ eastAsia: String, into x: inout XMLBuffer) {
        x.empty("w:rFonts", ["w:ascii": L.Font.latin, "w:hAnsi": L.Font.latin, "w:eastAsia": eastAsia, "w:cs": L.Font.latin])
    }
}
