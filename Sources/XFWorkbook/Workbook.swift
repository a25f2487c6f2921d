/// A sheet as the workbook lists it, in tab order.
public struct SheetInfo: Sendable, Equatable {
    public var name: String
    /// 0-based position in the workbook.
    public var index: Int
    /// False for hidden and very hidden sheets.
    public var isVisible: Bool
    /// False for chart and macro sheets, which hold no cells.
    public var isWorksheet: Bool
}

public enum WorkbookFormat: String, Sendable {
    case xlsx
    case xls
}

/// What reading one sheet found besides its rows.
public struct SheetRead: Sendable {
    public var problems: [WorkbookProblem] = []
    public var merges: [MergedRange] = []
}

/// An Excel workbook in memory, `.xlsx`/`.xlsm` (SpreadsheetML in ZIP) or `.xls`
/// (BIFF8 in an OLE2 compound file), told apart by content, not by name. Opening
/// reads the workbook-wide parts; `read(sheet:into:)` streams one sheet's rows.
/// The bytes must stay valid for the workbook's lifetime (a mapped file).
public final class Workbook: @unchecked Sendable {
    public let format: WorkbookFormat
    public let sheets: [SheetInfo]
    /// True for the 1904 date system (old Mac workbooks).
    public let usesDate1904: Bool
    private let backend: Backend

    private enum Backend {
        case xlsx(XlsxBook)
        case xls(XlsBook)
    }

    /// Opens `bytes`; `fileName` only decides the message for a WPS `.et` file.
    public static func open(_ bytes: UnsafeBufferPointer<UInt8>, fileName: String) throws(WorkbookProblem) -> Workbook {
        if fileName.lowercased().hasSuffix(".et") || fileName.lowercased().hasSuffix(".ett") {
            throw WorkbookProblem(code: "workbook.wps-et", message: "这是 WPS 表格专用格式（.et）的文件，无法读取。",
                                  fix: "请在 WPS 中打开，“另存为”Excel 工作簿（.xlsx）后再放入。")
        }
        guard !bytes.isEmpty else { throw WorkbookProblem.damaged("文件是空的（0 字节）") }
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) || bytes.starts(with: [0x50, 0x4B, 0x05, 0x06]) {
            let book = try XlsxBook(bytes)
            return Workbook(format: .xlsx, sheets: book.sheets, date1904: book.date1904, backend: .xlsx(book))
        }
        if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
            let book = try XlsBook(bytes)
            return Workbook(format: .xls, sheets: book.sheets, date1904: book.date1904, backend: .xls(book))
        }
        if bytes.count >= 4, bytes[1] == 0x00 || bytes[1] == 0x02 || bytes[1] == 0x04 || bytes[1] == 0x08,
           bytes[0] == 0x09, bytes[2] >= 4 {
            throw XlsBook.oldVersion
        }
        throw WorkbookProblem(code: "workbook.not-a-workbook",
                              message: "文件名是工作簿，但内容不是 Excel 工作簿（可能是网页、文本或其他格式，常见于“导出为 Excel”的系统）。",
                              fix: "请用 Excel 或 WPS 打开该文件，“另存为”Excel 工作簿（.xlsx）或 CSV 后再放入。")
    }

    private init(format: WorkbookFormat, sheets: [SheetInfo], date1904: Bool, backend: Backend) {
        self.format = format
        self.sheets = sheets
        self.usesDate1904 = date1904
        self.backend = backend
    }

    /// Streams the rows of `sheet` (an index into `sheets`) to `handler`.
    public func read<Handler: SheetRowHandler>(sheet: Int, into handler: inout Handler) -> SheetRead {
        switch backend {
        case .xlsx(let book): book.read(sheet: sheet, into: &handler)
        case .xls(let book): book.read(sheet: sheet, into: &handler)
        }
    }
}

/// The `.xlsx` package: the ZIP, its sheets by part name, styles and shared strings.
final class XlsxBook {
    let archive: ZipArchive
    let sheets: [SheetInfo]
    let parts: [String?]
    let date1904: Bool
    let strings: SharedStrings
    let dateStyles: [Bool]

    init(_ bytes: UnsafeBufferPointer<UInt8>) throws(WorkbookProblem) {
        archive = try ZipArchive(bytes)
        let archive = archive
        func part(_ name: String) throws(WorkbookProblem) -> [UInt8]? {
            guard let entry = archive.entry(named: name) else { return nil }
            do { return try archive.readAll(entry) } catch let problem as WorkbookProblem { throw problem } catch {
                throw WorkbookProblem.damaged("部件「\(name)」无法读取")
            }
        }
        var workbookPart = "xl/workbook.xml"
        if let rels = try part("_rels/.rels"),
           let main = try XlsxParts.relationships(rels, part: "_rels/.rels").first(where: { $0.type.hasSuffix("/officeDocument") }) {
            workbookPart = XlsxParts.resolve(main.target, from: "")
        }
        guard let workbookXML = try part(workbookPart) else {
            if archive.entry(named: "word/document.xml") != nil || archive.entry(named: "ppt/presentation.xml") != nil {
                throw WorkbookProblem(code: "workbook.not-a-workbook", message: "这是 Word 或 PowerPoint 文件，不是表格工作簿。",
                                      fix: "请放入 Excel 工作簿（.xlsx）或 CSV 文件。")
            }
            throw WorkbookProblem.damaged("找不到工作簿主体（\(workbookPart)）")
        }
        let relsPart = XlsxParts.resolve("_rels/" + (workbookPart.split(separator: "/").last.map(String.init) ?? "") + ".rels",
                                         from: workbookPart)
        let relationships = try part(relsPart).map { (bytes) throws(WorkbookProblem) in try XlsxParts.relationships(bytes, part: relsPart) } ?? []
        let (entries, date1904) = try XlsxParts.workbook(workbookXML, part: workbookPart)
        self.date1904 = date1904
        var sheets: [SheetInfo] = []
        var parts: [String?] = []
        for (index, entry) in entries.enumerated() {
            let relationship = relationships.first { $0.id == entry.relationship }
            let isWorksheet = relationship?.type.hasSuffix("/worksheet") ?? false
            sheets.append(SheetInfo(name: entry.name, index: index, isVisible: entry.state == "visible", isWorksheet: isWorksheet))
            parts.append(relationship.map { XlsxParts.resolve($0.target, from: workbookPart) })
        }
        self.sheets = sheets
        self.parts = parts
        if let stylesPart = relationships.first(where: { $0.type.hasSuffix("/styles") }),
           let styles = try part(XlsxParts.resolve(stylesPart.target, from: workbookPart)) {
            dateStyles = try XlsxParts.dateStyles(styles, part: "styles.xml")
        } else {
            dateStyles = []
        }
        if let stringsPart = relationships.first(where: { $0.type.hasSuffix("/sharedStrings") }),
           let entry = archive.entry(named: XlsxParts.resolve(stringsPart.target, from: workbookPart)) {
            do { strings = try SharedStrings.read(archive, entry: entry) } catch let problem as WorkbookProblem { throw problem } catch {
                throw WorkbookProblem.damaged("共享文字表无法读取")
            }
        } else {
            strings = SharedStrings()
        }
    }

    func read<Handler: SheetRowHandler>(sheet: Int, into handler: inout Handler) -> SheetRead {
        let info = sheets[sheet]
        guard let name = parts[sheet], let entry = archive.entry(named: name) else {
            return SheetRead(problems: [WorkbookProblem(code: "xlsx.missing-sheet", sheet: info.name,
                                                        message: "工作表的内容部件在文件中不存在（文件不完整）。",
                                                        fix: WorkbookProblem.saveAsXlsx)])
        }
        var reader = XlsxSheetReader(sheet: info.name, part: name, strings: strings, dateStyles: dateStyles)
        reader.read(archive, entry: entry, into: &handler)
        return SheetRead(problems: reader.problems, merges: reader.merges)
    }
}
