import XFSource

// The problems this module reports, by area. Tests and the JSON report match the strings.
extension DiagnosticCode {
    public static let caseAcceptedBeforeRegistered: DiagnosticCode = "case.accepted-before-registered"
    public static let caseAcceptedWithoutDecision: DiagnosticCode = "case.accepted-without-decision"
    public static let caseClosedBeforeAccepted: DiagnosticCode = "case.closed-before-accepted"
    public static let caseClosedNotAccepted: DiagnosticCode = "case.closed-not-accepted"
    public static let caseDecisionWithoutDate: DiagnosticCode = "case.decision-without-date"
    public static let caseDuplicateID: DiagnosticCode = "case.duplicate-id"
    public static let caseRatedBeforeClosed: DiagnosticCode = "case.rated-before-closed"
    public static let caseRatedDateWithoutRating: DiagnosticCode = "case.rated-date-without-rating"
    public static let caseRatedNotAccepted: DiagnosticCode = "case.rated-not-accepted"
    public static let caseRatedNotClosed: DiagnosticCode = "case.rated-not-closed"
}

extension DiagnosticCode {
    public static let cellAfterCutoff: DiagnosticCode = "cell.after-cutoff"
    public static let cellBoolean: DiagnosticCode = "cell.boolean"
    public static let cellChoice: DiagnosticCode = "cell.choice"
    public static let cellDate: DiagnosticCode = "cell.date"
    /// A workbook date cell whose serial number is no date.
    public static let cellDateSerial: DiagnosticCode = "cell.date-serial"
    /// A workbook error value (#N/A, #VALUE!) in a column that is read.
    public static let cellExcelError: DiagnosticCode = "cell.excel-error"
    /// A numeric case number with a fraction.
    public static let cellFractionalID: DiagnosticCode = "cell.fractional-id"
    public static let cellInteger: DiagnosticCode = "cell.integer"
    public static let cellPersons: DiagnosticCode = "cell.persons"
    public static let cellRequired: DiagnosticCode = "cell.required"
    public static let cellUnknownName: DiagnosticCode = "cell.unknown-name"
}

extension DiagnosticCode {
    /// `units.csv` and `units.xlsx` (or another workbook form) side by side.
    public static let contentDuplicateTable: DiagnosticCode = "content.duplicate-table"
    public static let contentIgnoredFile: DiagnosticCode = "content.ignored-file"
    public static let contentMissing: DiagnosticCode = "content.missing"
    public static let contentNoCases: DiagnosticCode = "content.no-cases"
    public static let contentTooManyDomains: DiagnosticCode = "content.too-many-domains"
    public static let contentTooManyUnits: DiagnosticCode = "content.too-many-units"
    public static let contentNoUnits: DiagnosticCode = "content.no-units"
    public static let contentUnreadableFolder: DiagnosticCode = "content.unreadable-folder"
}

// Which sheets of a workbook are read as tables.
extension DiagnosticCode {
    public static let workbookHiddenSheet: DiagnosticCode = "workbook.hidden-sheet"
    public static let workbookNoTable: DiagnosticCode = "workbook.no-table"
    public static let workbookNoTableSheet: DiagnosticCode = "workbook.no-table-sheet"
}

extension DiagnosticCode {
    public static let headerDuplicate: DiagnosticCode = "header.duplicate"
    public static let headerMissingColumn: DiagnosticCode = "header.missing-column"
}

extension DiagnosticCode {
    public static let listDuplicateName: DiagnosticCode = "list.duplicate-name"
}

extension DiagnosticCode {
    public static let publicityPassedOverExaminees: DiagnosticCode = "publicity.passed-over-examinees"
}

extension DiagnosticCode {
    public static let settingsDuplicateKey: DiagnosticCode = "settings.duplicate-key"
    public static let settingsDuplicateSection: DiagnosticCode = "settings.duplicate-section"
    public static let settingsRange: DiagnosticCode = "settings.range"
    public static let settingsSyntax: DiagnosticCode = "settings.syntax"
    public static let settingsTargetOrder: DiagnosticCode = "settings.target-order"
    public static let settingsType: DiagnosticCode = "settings.type"
    public static let settingsUnknownKey: DiagnosticCode = "settings.unknown-key"
    public static let settingsUnknownSection: DiagnosticCode = "settings.unknown-section"
    public static let settingsUnknownTarget: DiagnosticCode = "settings.unknown-target"
    public static let settingsValue: DiagnosticCode = "settings.value"
}
