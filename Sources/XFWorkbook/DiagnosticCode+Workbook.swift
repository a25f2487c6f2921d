import XFSource

// The problems this module reports. Tests and the JSON report match the strings.
extension DiagnosticCode {
    public static let workbookDamaged: DiagnosticCode = "workbook.damaged"
    public static let workbookDuplicateEntry: DiagnosticCode = "workbook.duplicate-entry"
    public static let workbookEncrypted: DiagnosticCode = "workbook.encrypted"
    public static let workbookNotAWorkbook: DiagnosticCode = "workbook.not-a-workbook"
    public static let workbookTooLarge: DiagnosticCode = "workbook.too-large"
    public static let workbookUnsupportedCompression: DiagnosticCode = "workbook.unsupported-compression"
    public static let workbookWpsEt: DiagnosticCode = "workbook.wps-et"
}

extension DiagnosticCode {
    public static let xlsxBadReference: DiagnosticCode = "xlsx.bad-reference"
    public static let xlsxBadRow: DiagnosticCode = "xlsx.bad-row"
    public static let xlsxBadSharedString: DiagnosticCode = "xlsx.bad-shared-string"
    public static let xlsxCellOrder: DiagnosticCode = "xlsx.cell-order"
    public static let xlsxMalformed: DiagnosticCode = "xlsx.malformed"
    public static let xlsxMissingSheet: DiagnosticCode = "xlsx.missing-sheet"
    public static let xlsxRowOrder: DiagnosticCode = "xlsx.row-order"
    public static let xlsxTooManyProblems: DiagnosticCode = "xlsx.too-many-problems"
    public static let xlsxTooManyStrings: DiagnosticCode = "xlsx.too-many-strings"
}

extension DiagnosticCode {
    public static let xlsBadReference: DiagnosticCode = "xls.bad-reference"
    public static let xlsBadSharedString: DiagnosticCode = "xls.bad-shared-string"
    public static let xlsMissingSheet: DiagnosticCode = "xls.missing-sheet"
    public static let xlsOldVersion: DiagnosticCode = "xls.old-version"
    public static let xlsTruncated: DiagnosticCode = "xls.truncated"
}
