/// A problem found in a workbook, told as a clerk sees the file: which sheet and
/// which cell (Excel reference) when it has one, what is wrong and what to do.
/// Table loaders turn these into their own located diagnostics.
public struct WorkbookProblem: Error, Hashable, Sendable {
    /// A stable identifier such as `xlsx.bad-reference`.
    public var code: String
    /// The sheet's name as its tab shows it, if the problem lies in one sheet.
    public var sheet: String?
    /// The Excel reference (`C17`), or a row (`17`), if the problem has one.
    public var cell: String?
    public var value: String?
    public var message: String
    public var fix: String

    public init(code: String, sheet: String? = nil, cell: String? = nil, value: String? = nil,
                message: String, fix: String) {
        self.code = code
        self.sheet = sheet
        self.cell = cell
        self.value = value
        self.message = message
        self.fix = fix
    }

    /// A damaged container (ZIP or compound file): nothing in it can be trusted.
    static func damaged(_ what: String) -> WorkbookProblem {
        WorkbookProblem(code: "workbook.damaged", message: "工作簿文件已损坏，无法读取：\(what)。",
                        fix: "请在 Excel 或 WPS 中打开该文件，确认能正常打开后“另存为”新的 .xlsx 文件再放入；若打不开，请重新从系统导出。")
    }

    static let saveAsXlsx = "请在 Excel 或 WPS 中打开，“另存为”Excel 工作簿（.xlsx）后再放入。"
}
