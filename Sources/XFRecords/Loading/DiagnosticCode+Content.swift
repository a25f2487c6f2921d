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
    public static let cellInteger: DiagnosticCode = "cell.integer"
    public static let cellPersons: DiagnosticCode = "cell.persons"
    public static let cellRequired: DiagnosticCode = "cell.required"
    public static let cellUnknownName: DiagnosticCode = "cell.unknown-name"
}

extension DiagnosticCode {
    public static let contentIgnoredFile: DiagnosticCode = "content.ignored-file"
    public static let contentMissing: DiagnosticCode = "content.missing"
    public static let contentNoCases: DiagnosticCode = "content.no-cases"
    public static let contentTooManyDomains: DiagnosticCode = "content.too-many-domains"
    public static let contentTooManyUnits: DiagnosticCode = "content.too-many-units"
    public static let contentNoUnits: DiagnosticCode = "content.no-units"
    public static let contentUnreadableFolder: DiagnosticCode = "content.unreadable-folder"
    public static let contentWorkbook: DiagnosticCode = "content.workbook"
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
