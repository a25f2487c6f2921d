import XFZip

/// A blank table for a clerk to fill in by hand: one `.xlsx` sheet with the
/// canonical header (bold, frozen), column widths, date-formatted date columns,
/// and data validation on every column with a fixed vocabulary (a drop-down
/// list), on dates and on whole numbers, so an invalid value is refused as it is
/// typed. Short lists are written in the validation; long ones (every unit of a
/// county, beyond Excel's 255 characters) live on a hidden sheet 「选项」.
public enum TemplateWorkbook {
    public enum Kind: Sendable, Equatable {
        case text
        case date
        /// A whole number ≥ `minimum`.
        case integer(minimum: Int)
        /// One of `values` (a drop-down list).
        case choice([String])
    }

    public struct Column: Sendable, Equatable {
        public var name: String
        /// Width in Excel's character units.
        public var width: Double
        public var kind: Kind
        /// Shown when the cell is selected.
        public var hint: String?

        public init(name: String, width: Double, kind: Kind, hint: String? = nil) {
            self.name = name
            self.width = width
            self.kind = kind
            self.hint = hint
        }
    }

    /// Rows the validations cover (the header is row 1).
    static let lastRow = 20_000

    /// The workbook's bytes: a stored ZIP, the same for the same columns.
    public static func xlsx(sheet: String, columns: [Column]) throws -> [UInt8] {
        var zip = StoredZip()
        let lists = sheetLists(columns)
        // The hidden list sheet only when a list is too long to be written inline.
        let listSheetPart = lists.isEmpty ? "" : """
        <Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
        """
        zip.add("[Content_Types].xml", utf8("""
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
        <Default Extension="xml" ContentType="application/xml"/>\
        <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
        <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
        \(listSheetPart)\
        <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
        </Types>
        """))
        zip.add("_rels/.rels", utf8("""
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\
        </Relationships>
        """))
        let listSheetEntry = lists.isEmpty ? "" : "<sheet name=\"\(listSheet)\" sheetId=\"2\" state=\"hidden\" r:id=\"rId2\"/>"
        zip.add("xl/workbook.xml", utf8("""
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
        xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
        <bookViews><workbookView activeTab="0"/></bookViews><sheets>\
        <sheet name="\(escape(sheet))" sheetId="1" r:id="rId1"/>\(listSheetEntry)</sheets></workbook>
        """))
        let listSheetRelationship = lists.isEmpty ? "" : """
        <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"/>
        """
        zip.add("xl/_rels/workbook.xml.rels", utf8("""
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>\
        \(listSheetRelationship)\
        <Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
        </Relationships>
        """))
        zip.add("xl/styles.xml", utf8(styles))
        zip.add("xl/worksheets/sheet1.xml", utf8(tableSheet(columns)))
        if !lists.isEmpty { zip.add("xl/worksheets/sheet2.xml", utf8(listsSheet(lists))) }
        return try zip.bytes()
    }

    /// Excel's limit for a list written in the validation itself.
    static let inlineListLimit = 255

    /// A list is written inline (`"来信,来访"`) when it fits and holds no comma or
    /// quote; otherwise it goes to a column of the hidden sheet.
    static func isInline(_ values: [String]) -> Bool {
        values.joined(separator: ",").count <= inlineListLimit && !values.isEmpty
            && !values.contains { $0.contains(",") || $0.contains("\"") || $0.contains("，") }
    }

    /// The lists that need the hidden sheet, in column order.
    static func sheetLists(_ columns: [Column]) -> [[String]] {
        columns.compactMap { column -> [String]? in
            if case .choice(let values) = column.kind, !isInline(values) { return values }
            return nil
        }
    }

    static let listSheet = "选项"

    /// Style 0 plain, 1 header (bold, grey fill), 2 date (yyyy-mm-dd), 3 text (@).
    static let styles = """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
    <numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts>\
    <fonts count="2"><font><sz val="11"/><name val="等线"/></font><font><b/><sz val="11"/><name val="等线"/></font></fonts>\
    <fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>\
    <fill><patternFill patternType="solid"><fgColor rgb="FFE7E6E6"/><bgColor indexed="64"/></patternFill></fill></fills>\
    <borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
    <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
    <cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
    <xf numFmtId="49" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1" applyNumberFormat="1"/>\
    <xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
    <xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>\
    <cellStyles count="1"><cellStyle name="常规" xfId="0" builtinId="0"/></cellStyles>\
    </styleSheet>
    """

    static func tableSheet(_ columns: [Column]) -> String {
        var xml = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
        <sheetViews><sheetView workbookViewId="0" tabSelected="1">\
        <pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>\
        <selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>\
        <sheetFormatPr defaultRowHeight="15"/><cols>
        """
        for (index, column) in columns.enumerated() {
            // Text columns are formatted as text, so long case numbers and leading zeros stay as typed.
            let style = column.kind == .date ? 2 : (column.kind == .text ? 3 : 0)
            xml += "<col min=\"\(index + 1)\" max=\"\(index + 1)\" width=\"\(number(column.width))\" style=\"\(style)\" customWidth=\"1\"/>"
        }
        xml += "</cols><sheetData><row r=\"1\">"
        for (index, column) in columns.enumerated() {
            xml += "<c r=\"\(CellReference.name(column: index, row: 1))\" s=\"1\" t=\"inlineStr\"><is><t>\(escape(column.name))</t></is></c>"
        }
        xml += "</row></sheetData>"
        var validations: [String] = []
        var listColumn = 0
        for (index, column) in columns.enumerated() {
            let letter = CellReference.columnName(index)
            let range = "\(letter)2:\(letter)\(lastRow)"
            let prompt = column.hint.map { " showInputMessage=\"1\" promptTitle=\"\(escape(column.name))\" prompt=\"\(escape($0))\"" } ?? ""
            switch column.kind {
            case .text:
                if !prompt.isEmpty { validations.append("<dataValidation allowBlank=\"1\"\(prompt) sqref=\"\(range)\"/>") }
            case .date:
                // 1900-01-01 … 2099-12-31, the years the date parser accepts.
                validations.append("<dataValidation type=\"date\" operator=\"between\" allowBlank=\"1\" showErrorMessage=\"1\"\(prompt) "
                    + "errorTitle=\"日期无效\" error=\"请填写日期，例如 2024-05-01。\" sqref=\"\(range)\"><formula1>1</formula1><formula2>73050</formula2></dataValidation>")
            case .integer(let minimum):
                validations.append("<dataValidation type=\"whole\" operator=\"greaterThanOrEqual\" allowBlank=\"1\" showErrorMessage=\"1\"\(prompt) "
                    + "errorTitle=\"数字无效\" error=\"请填写不小于 \(minimum) 的整数。\" sqref=\"\(range)\"><formula1>\(minimum)</formula1></dataValidation>")
            case .choice(let values):
                let formula: String
                if isInline(values) {
                    formula = "\"" + escape(values.joined(separator: ",")) + "\""
                } else {
                    let listLetter = CellReference.columnName(listColumn)
                    listColumn += 1
                    formula = "'\(listSheet)'!$\(listLetter)$1:$\(listLetter)$\(max(1, values.count))"
                }
                validations.append("<dataValidation type=\"list\" allowBlank=\"1\" showErrorMessage=\"1\"\(prompt) "
                    + "errorTitle=\"取值无效\" error=\"请从下拉列表中选择。\" sqref=\"\(range)\">"
                    + "<formula1>\(formula)</formula1></dataValidation>")
            }
        }
        if !validations.isEmpty {
            xml += "<dataValidations count=\"\(validations.count)\">" + validations.joined() + "</dataValidations>"
        }
        xml += "<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/></worksheet>"
        return xml
    }

    /// The lists, one per column of the hidden sheet.
    static func listsSheet(_ lists: [[String]]) -> String {
        var xml = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
        """
        let rows = lists.map(\.count).max() ?? 0
        for row in 0..<rows {
            xml += "<row r=\"\(row + 1)\">"
            for (column, values) in lists.enumerated() where row < values.count {
                xml += "<c r=\"\(CellReference.name(column: column, row: row + 1))\" t=\"inlineStr\"><is><t>\(escape(values[row]))</t></is></c>"
            }
            xml += "</row>"
        }
        return xml + "</sheetData></worksheet>"
    }

    static func escape(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default:
                // XML 1.0 allows no control characters besides tab and line ends.
                if scalar.value < 0x20 && scalar != "\t" && scalar != "\n" && scalar != "\r" { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    static func number(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }

    static func utf8(_ text: String) -> [UInt8] { Array(text.utf8) }
}
